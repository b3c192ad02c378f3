/**
 * The code that works out where a text fragment lands without a browser
 * (src/model/text-directive.ts, src/model/text-fragment.ts): it reads directives as the URL Fragment Text
 * Directives draft says, and says a link misses whenever the browser could land elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { textDirectives, type TextDirective } from '../../src/model/text-directive';
import { idAt, landingOf, pageText, type PageText } from '../../src/model/text-fragment';

describe('text directives', () => {
  it('are read as the browser reads them: context by its dash, parts percent-decoded, several joined by &', () => {
    expect(textDirectives('/x/#p1:~:text=a%20b-,c%2Dd%2C,-e%20f&text=g&note=i')).toEqual([
      { prefix: 'a b', start: 'c-d,', suffix: 'e f' },
      { start: 'g' },
    ]);
    expect(textDirectives('/x/#p1')).toEqual([]);
    expect(textDirectives('/x/#p1:~:text=%E2%80%99s')).toEqual([{ start: '’s' }]);
  });

  it('are malformed with a bare dash inside a part, an empty part or broken percent-encoding', () => {
    for (const url of ['/x/#:~:text=a-b', '/x/#:~:text=a,,b', '/x/#:~:text=%E2%80', '/x/#:~:text=-a-', '/x/#:~:text=a,b,c']) {
      expect(textDirectives(url), url).toEqual([{ error: expect.stringMatching(/^malformed/) }]);
    }
  });

  it('of a range (start,end) are none of this site’s: it never writes one', () => {
    expect(textDirectives('/x/#:~:text=a-,g,h')).toEqual([{ error: expect.stringMatching(/^a range/) }]);
  });
});

describe('a page’s text', () => {
  const page = pageText(
    '<html><head><title>Not text</title><style>p{}</style></head><body><h1 id="top">Care   leavers</h1>' +
      '<p id="p1">Care <a href="#x">leavers</a> get help.<script>care leavers</script></p><div hidden>care leavers</div>' +
      '<ul id="list"><li id="p2">Care leavers<br>get help</li></ul></body></html>',
  );

  it('is the text as rendered: white space collapsed, blocks apart, nothing from head, script, style or hidden elements', () => {
    expect(page.text).toBe('Care leavers\nCare leavers get help.\nCare leavers\nget help\n');
  });

  it('knows where each element with an id is', () => {
    const [from, to] = page.ids.get('p1')!;
    expect(page.text.slice(from, to).trim()).toBe('Care leavers get help.');
    expect(idAt(page, page.text.indexOf('get help\n'))).toBe('p2');
  });
});

describe('where a text fragment lands', () => {
  const page = pageText(
    '<body><p id="a">Children in care said they get help quickly.</p><p id="b">Most children in care get help quickly, and CHILDREN IN NEED get help.</p><p id="c">A new sentence.</p></body>',
  );
  const at = (p: PageText, d: TextDirective) => {
    const landing = landingOf(p, d);
    return 'error' in landing ? landing.error : `${idAt(p, landing.from)}: ${p.text.slice(landing.from, landing.to)}`;
  };

  it('is the first place its words stand with their context, whole words at the ends', () => {
    expect(at(page, { start: 'get help' })).toBe('a: get help');
    expect(at(page, { prefix: 'in care', start: 'get help' })).toBe('b: get help');
    expect(at(page, { start: 'get help', suffix: 'quickly, and' })).toBe('b: get help');
    expect(at(page, { start: 'sentence' })).toBe('c: sentence');
    expect(at(page, { start: 'sent' })).toMatch(/does not hold exactly/);
  });

  it('may be across the end of a block between the context and the words, never inside a part', () => {
    expect(at(page, { prefix: 'help quickly.', start: 'Most' })).toBe('b: Most');
    expect(at(page, { start: 'quickly. Most' })).toMatch(/does not hold exactly/);
  });

  it('is uncertain, and so a miss, where the words first occur in another case, or with other accents or quotes', () => {
    expect(at(page, { start: 'children in need' })).toMatch(/does not hold exactly/);
    expect(at(pageText('<p id="a">The café’s menu.</p><p id="b">The cafe\'s menu.</p>'), { start: "cafe's menu" })).toMatch(/does not hold exactly/);
  });

  it('is nowhere when its words are not on the page', () => {
    expect(at(page, { start: 'zebra' })).toBe('its words are nowhere on the page');
  });
});
