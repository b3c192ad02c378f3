/**
 * Geometry of the journey chart, computed with D3 at build time: where each
 * inspection's column, each framework's band, each grade's row and each mark go.
 * Astro components only write these numbers into SVG. The chart is drawn 360
 * units wide so that its text stays legible when it shrinks to a 320 px screen.
 */
import { scaleBand, scaleLinear, symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3';
import type { Era, Inspection } from '../model/journey';
import { grades } from '../model/journey';
import type { JudgementRow } from '../model/opendata';
import type { Rank } from '../model/vocabulary';

export const JOURNEY_SIZE = { width: 360, height: 320, top: 52, bottom: 24, left: 74, right: 2 };

/** Marks differ by shape as well as place, never by colour alone. */
const SHAPES = { 'Safeguarding services': symbolCircle, 'Services for looked after children': symbolSquare, '': symbolTriangle };
export const shapeOf = (group: string) => SHAPES[group as keyof typeof SHAPES] ?? symbolTriangle;
export const shapePath = (group: string, size = 130) => symbol(shapeOf(group), size)() ?? '';

/** Axis labels: the rank and its words on both scales, wrapped to the margin. */
const ROW_LABELS: Record<Rank, string[]> = {
  1: ['1 Outstanding'],
  2: ['2 Good'],
  3: ['3 Adequate or', 'requires', 'improvement'],
  4: ['4 Inadequate'],
};

export interface JourneyLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: { rank: Rank; y: number; label: string[] }[];
  columns: { year: number; x: number; graded: boolean; note?: string[] }[];
  bands: { x: number; width: number; label: string[]; shade: boolean }[];
  marks: (JudgementRow & { x: number; y: number; path: string; labelX: number; label: string[]; anchor: 'start' | 'end' | 'middle' })[];
}

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function journeyLayout(inspections: Inspection[], eras: Era[], marks: JudgementRow[]): JourneyLayout {
  const { width, height, top, bottom, left, right } = JOURNEY_SIZE;
  const x = scaleBand<number>().domain(inspections.map((i) => i.year)).range([left, width - right]).paddingInner(0.06);
  const y = scaleLinear().domain([1, 4]).range([top + 16, height - bottom - 36]);
  // Band labels are 9-unit bold text: about 5.4 units a character.
  const charsPerUnit = 1 / 5.4;

  const bands = eras.map((era, i) => {
    const first = x(era.years[0]!)!;
    const last = x(era.years.at(-1)!)! + x.bandwidth();
    const years = era.years.length > 1 ? `${era.years[0]}–${era.years.at(-1)}` : `${era.years[0]}`;
    return { x: first, width: last - first, label: wrap(`${years}: ${era.short}`, Math.floor((last - first - 6) * charsPerUnit)), shade: i % 2 === 0 };
  });

  const columns = inspections.map((inspection) => {
    const column = { year: inspection.year, x: x(inspection.year)! + x.bandwidth() / 2, graded: grades(inspection) };
    return column.graded ? column : { ...column, note: wrap(`Not graded: ${inspection.outcome.toLowerCase()}`, 11) };
  });

  // Where a year has two marks (2012), they stand side by side, each labelled beneath.
  const placed = marks.map((mark) => {
    const same = marks.filter((m) => m.year === mark.year);
    const side = same.length > 1 ? (same.indexOf(mark) === 0 ? -1 : 1) : 0;
    const cx = x(mark.year)! + x.bandwidth() / 2 + side * x.bandwidth() * 0.22;
    return { ...mark, x: cx, y: y(mark.rank), path: shapePath(mark.group), labelX: cx, label: wrap(mark.grade, 11), anchor: 'middle' as const };
  });

  return {
    width,
    height,
    plot: { left, right: width - right, top, bottom: height - bottom },
    rows: ([1, 2, 3, 4] as const).map((rank) => ({ rank, y: y(rank), label: ROW_LABELS[rank] })),
    columns,
    bands,
    marks: placed,
  };
}
