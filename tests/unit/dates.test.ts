import { describe, expect, test } from 'vitest';
import { compareDates, formatDate, formatDateRange, isDate, parseDate, yearOf } from '../../src/model/dates';

describe('parseDate', () => {
  test('reads a full date, a month and a year', () => {
    expect(parseDate('2012-03-09')).toEqual({ year: 2012, month: 3, day: 9 });
    expect(parseDate('2018-06')).toEqual({ year: 2018, month: 6, day: undefined });
    expect(parseDate('2018')).toEqual({ year: 2018, month: undefined, day: undefined });
  });

  test('accepts 29 February only in leap years', () => {
    expect(isDate('2012-02-29')).toBe(true);
    expect(isDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isDate('2011-02-29')).toBe(false);
    expect(isDate('1900-02-29')).toBe(false); // divisible by 100, not 400
    expect(isDate('2012-02-30')).toBe(false);
  });

  test('accepts months 01 to 12 only', () => {
    expect(isDate('2012-01')).toBe(true);
    expect(isDate('2012-12')).toBe(true);
    expect(isDate('2012-00')).toBe(false);
    expect(isDate('2012-13')).toBe(false);
    expect(isDate('2012-13-01')).toBe(false);
  });

  test('accepts each month’s days and no more', () => {
    expect(isDate('2012-01-31')).toBe(true);
    expect(isDate('2012-04-30')).toBe(true);
    expect(isDate('2012-04-31')).toBe(false);
    expect(isDate('2012-12-31')).toBe(true);
    expect(isDate('2012-12-32')).toBe(false);
    expect(isDate('2012-03-00')).toBe(false);
  });

  test.each(['9 March 2012', '2012-3-9', '12-03-09', '2012/03/09', '2012-03-09T10:00', ' 2012', '20120309', ''])(
    'rejects %j, which is not written YYYY-MM-DD, YYYY-MM or YYYY',
    (value) => {
      expect(parseDate(value)).toBeUndefined();
      expect(isDate(value)).toBe(false);
    },
  );
});

describe('formatDate', () => {
  test('writes no more precision than the date has', () => {
    expect(formatDate('2009-11-03')).toBe('3 November 2009');
    expect(formatDate('2018-06')).toBe('June 2018');
    expect(formatDate('2018')).toBe('2018');
  });

  test('throws on a value that is not a date', () => {
    expect(() => formatDate('2012-02-30')).toThrow('Not a date: 2012-02-30');
  });
});

describe('formatDateRange', () => {
  test('within one month', () => {
    expect(formatDateRange('2009-11-03', '2009-11-04')).toBe('3–4 November 2009');
  });

  test('across months of one year', () => {
    expect(formatDateRange('2012-01-23', '2012-02-03')).toBe('23 January – 3 February 2012');
  });

  test('across years', () => {
    expect(formatDateRange('2011-12-30', '2012-01-02')).toBe('30 December 2011 – 2 January 2012');
  });

  test('of less precise dates', () => {
    expect(formatDateRange('2018-06', '2018-07')).toBe('June 2018 – July 2018');
  });

  test('one date when there is no end or it equals the start', () => {
    expect(formatDateRange('2018-06')).toBe('June 2018');
    expect(formatDateRange('2015-11-27', '2015-11-27')).toBe('27 November 2015');
  });
});

test('yearOf', () => {
  expect(yearOf('2012-03-09')).toBe(2012);
  expect(yearOf('2018')).toBe(2018);
  expect(() => yearOf('March 2012')).toThrow('Not a date');
});

test('compareDates puts dates in time order, a less precise date before a more precise one in its period', () => {
  const dates = ['2018-06', '2012-03-09', '2018', '2009-12-02', '2018-03-14', '2015-11-27'];
  expect([...dates].sort(compareDates)).toEqual(['2009-12-02', '2012-03-09', '2015-11-27', '2018', '2018-03-14', '2018-06']);
});
