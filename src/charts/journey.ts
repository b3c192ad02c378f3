/**
 * Geometry of the journey chart, computed with D3 at build time: where each inspection, each
 * framework's band, each grade and each mark go. Astro components only write these numbers into
 * SVG. There are two layouts of the same marks, and the page's CSS shows one: on a wide screen,
 * inspections as columns and the grade scale as rows (`journeyLayout`); on a phone, one row per
 * judgement with the grade scale across (`journeyPhoneLayout`). Each is drawn at its own size or
 * larger, so its text is never drawn smaller than it is set (src/charts/text.ts).
 */
import { scaleBand, symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3';
import type { Era, Inspection } from '../model/journey';
import { grades } from '../model/journey';
import type { JudgementRow } from '../model/judgements';
import { FRAMEWORKS, GRADES, type FrameworkId, type Rank } from '../model/vocabulary';
import { CHART_FONT, CHART_LINE, CHART_PHONE_WIDTH, charsIn, wrap } from './text';

/**
 * The wide layout, shown where the page's column is at least this wide (from 50rem: JourneyChart's
 * stylesheet); wider than CHART_WIDTH, so both scales, and both 2012 parts, are labelled in full.
 */
export const JOURNEY_SIZE = { width: 760, left: 200, right: 2, font: 13, line: 16 };

/** Marks differ by shape as well as place, never by colour alone. */
const SHAPES = { 'Safeguarding services': symbolCircle, 'Services for looked after children': symbolSquare, '': symbolTriangle };
export const shapeOf = (group: string) => SHAPES[group as keyof typeof SHAPES] ?? symbolTriangle;
export const shapePath = (group: string, size = 130) => symbol(shapeOf(group), size)() ?? '';
/** A shape of area 130 lies within this distance of its centre. */
const SHAPE_RADIUS = Math.ceil(Math.sqrt(130));

const RANKS = [1, 2, 3, 4] as const;
/** A framework's word for a place on its scale (its first, where it has two: "Requires improvement"). */
const scaleWord = (framework: FrameworkId, rank: Rank) => FRAMEWORKS[framework].grades.find((g) => GRADES[g] === rank) ?? '';

type Anchor = 'start' | 'middle' | 'end';
type PlacedMark = JudgementRow & { x: number; y: number; path: string; labelX: number; labelY: number; label: string[]; anchor: Anchor; groupLabel: string[]; groupY: number };
/** A line between two marks that may be compared: consecutive inspections under one framework, the same part. */
export interface Join { x1: number; y1: number; x2: number; y2: number }

/** Consecutive graded marks of one framework and one group are joined; a change of framework never is. */
export function joinsOf(marks: PlacedMark[]): Join[] {
  return marks.flatMap((m) => {
    const next = marks.filter((n) => n.year > m.year && n.group === m.group).sort((a, b) => a.year - b.year)[0];
    return next && next.framework === m.framework ? [{ x1: m.x, y1: m.y, x2: next.x, y2: next.y }] : [];
  });
}

export interface JourneyLayout {
  width: number;
  height: number;
  font: number;
  line: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** The two scales, side by side at the left: each graded framework's words for each place. */
  scales: { x: number; title: string[]; words: { rank: Rank; lines: string[]; y: number }[] }[];
  rows: { rank: Rank; y: number; gridlines: { x1: number; x2: number }[] }[];
  columns: { year: number; x: number; graded: boolean; note?: string[]; noteY?: number }[];
  bands: { x: number; width: number; label: string[]; shade: boolean }[];
  marks: PlacedMark[];
  joins: Join[];
}

const yearsLabel = (era: Era) => (era.years.length > 1 ? `${era.years[0]}–${era.years.at(-1)}` : `${era.years[0]}`);

/** Inspections as columns, ranks as rows, framework bands behind: for a screen at least 640 px wide. */
export function journeyLayout(inspections: Inspection[], eras: Era[], marks: JudgementRow[]): JourneyLayout {
  const { width, left, right, font, line } = JOURNEY_SIZE;
  // A year with two marks (2012) gets a column twice as wide, so each mark's label has a full column's room.
  const weight = (year: number) => Math.max(1, marks.filter((m) => m.year === year).length);
  const gap = 6;
  const unit = (width - right - left - gap * (inspections.length - 1)) / inspections.reduce((sum, i) => sum + weight(i.year), 0);
  const starts = new Map<number, number>();
  inspections.reduce((at, i) => (starts.set(i.year, at), at + weight(i.year) * unit + gap), left);
  const x = (year: number) => starts.get(year);
  const columnOf = (year: number) => weight(year) * unit;
  const column = unit;
  const centre = (year: number) => x(year)! + columnOf(year) / 2;

  const bands = eras.map((era, i) => {
    const first = x(era.years[0]!)!;
    const last = x(era.years.at(-1)!)! + columnOf(era.years.at(-1)!);
    return { x: first, width: last - first, label: wrap(`${yearsLabel(era)}: ${era.short}`, charsIn(last - first - 8, font, true)), shade: i % 2 === 0 };
  });

  // Where a year has two marks (2012), each takes half the column, its label wrapped to that half.
  const labelled = marks.map((mark) => {
    const same = marks.filter((m) => m.year === mark.year);
    const side = same.length > 1 ? (same.indexOf(mark) === 0 ? -1 : 1) : 0;
    const room = column;
    return { mark, x: centre(mark.year) + (side * column) / 2, label: wrap(mark.grade, charsIn(room - 6, font, true)), groupLabel: mark.group ? wrap(mark.group, charsIn(room - 6, font)) : [] };
  });
  const labelLines = Math.max(1, ...labelled.map((m) => m.label.length + m.groupLabel.length));
  const gradedEras = eras.filter((e) => FRAMEWORKS[e.framework].grades.length > 0);
  const scaleWidth = (left - 8) / Math.max(1, gradedEras.length);
  const scaleTitles = gradedEras.map((e) => wrap(`${yearsLabel(e)} scale`, charsIn(scaleWidth - 6, font, true)));
  const top = 6 + Math.max(...bands.map((b) => b.label.length), ...scaleTitles.map((t) => t.length)) * line + 8;
  // A rank's row holds the shape and its label beneath, clear of the next rank's gridline.
  const step = SHAPE_RADIUS + 6 + labelLines * line + 10;
  const y = (rank: number) => top + SHAPE_RADIUS + 6 + (rank - 1) * step;
  const bottom = y(4) + SHAPE_RADIUS + 6 + labelLines * line + 6;
  const height = bottom + line + 8;

  const columns = inspections.map((inspection) => {
    const graded = grades(inspection);
    const col = { year: inspection.year, x: centre(inspection.year), graded };
    return graded ? col : { ...col, note: wrap(`Not graded: ${inspection.outcome.toLowerCase()}`, charsIn(columnOf(inspection.year) - 8, font)), noteY: y(1) };
  });
  const graded = columns.filter((c) => c.graded);
  const placed: PlacedMark[] = labelled.map(({ mark, x: cx, label, groupLabel }) => ({
    ...mark,
    x: cx,
    y: y(mark.rank),
    path: shapePath(mark.group),
    labelX: cx,
    labelY: y(mark.rank) + SHAPE_RADIUS + 4 + font,
    label,
    anchor: 'middle' as const,
    groupLabel,
    groupY: y(mark.rank) + SHAPE_RADIUS + 4 + font + label.length * line,
  }));

  return {
    width,
    height,
    font,
    line,
    plot: { left, right: width - right, top, bottom },
    scales: gradedEras.map((era, i) => ({
      x: i * scaleWidth,
      title: scaleTitles[i]!,
      words: RANKS.map((rank) => {
        const lines = wrap(`${rank} ${scaleWord(era.framework, rank)}`, charsIn(scaleWidth - 6, font));
        return { rank, lines, y: y(rank) + font / 3 - ((lines.length - 1) * line) / 2 };
      }),
    })),
    rows: RANKS.map((rank) => ({
      rank,
      y: y(rank),
      // Gridlines run through the graded columns only: the ungraded column holds its note there.
      gridlines: graded.map((c) => ({ x1: c.x - columnOf(c.year) / 2, x2: c.x + columnOf(c.year) / 2 })),
    })),
    columns,
    bands,
    marks: placed,
    joins: joinsOf(placed),
  };
}

export interface JourneyPhoneLayout {
  width: number;
  height: number;
  /** The grade scale across the top: a column per rank. */
  scale: { title: { x: number; y: number; text: string }; ranks: { rank: Rank; x: number; y: number }[]; ruleY: number };
  bands: { y: number; height: number; label: string[]; labelY: number; shade: boolean }[];
  /** One row per judgement (two in 2012), and one for an inspection that did not grade. */
  rows: { year: number; y: number; trackY?: number; note?: string[]; noteX?: number; noteY?: number }[];
  ticks: number[];
  marks: PlacedMark[];
  joins: Join[];
}

/** One row per judgement, the grade scale across, framework bands stacked: for a phone. */
export function journeyPhoneLayout(inspections: Inspection[], eras: Era[], marks: JudgementRow[], width = CHART_PHONE_WIDTH): JourneyPhoneLayout {
  const font = CHART_FONT;
  const line = CHART_LINE;
  const left = 46;
  const x = scaleBand<number>().domain([...RANKS]).range([left, width]);
  const column = x.bandwidth();
  const centre = (rank: number) => x(rank)! + column / 2;

  const scale = {
    title: { x: left, y: font + 2, text: 'Grade on each scale: 1 best, 4 worst' },
    ranks: RANKS.map((rank) => ({ rank, x: centre(rank), y: 2 * line + 2 })),
    ruleY: 2 * line + 10,
  };

  let cursor = scale.ruleY + 8;
  const bands: JourneyPhoneLayout['bands'] = [];
  const rows: JourneyPhoneLayout['rows'] = [];
  const placed: PlacedMark[] = [];
  eras.forEach((era, i) => {
    const top = cursor;
    const label = wrap(`${yearsLabel(era)}: ${era.short}`, charsIn(width - 8, font, true));
    cursor += 4 + label.length * line;
    for (const inspection of inspections.filter((ins) => era.years.includes(ins.year))) {
      const own = marks.filter((m) => m.year === inspection.year);
      if (!grades(inspection) || own.length === 0) {
        const note = wrap(`Not graded: ${inspection.outcome.toLowerCase()}`, charsIn(width - left - 4, font));
        rows.push({ year: inspection.year, y: cursor + 6 + font, note, noteX: left, noteY: cursor + 6 + font });
        cursor += 6 + note.length * line + 6;
        continue;
      }
      for (const mark of own) {
        const markY = cursor + 6 + SHAPE_RADIUS;
        const cx = centre(mark.rank);
        // Beneath its mark, wrapped to two columns; kept inside the chart at either end.
        const label = wrap(mark.grade, charsIn(2 * column - 4, font, true));
        const groupLabel = mark.group ? wrap(mark.group, charsIn(2 * column - 4, font)) : [];
        const half = Math.max(...[...label, ...groupLabel].map((l) => l.length)) * font * 0.33;
        const anchor: Anchor = cx + half > width - 4 ? 'end' : cx - half < left ? 'start' : 'middle';
        const labelX = anchor === 'end' ? width - 4 : anchor === 'start' ? x(mark.rank)! + 2 : cx;
        rows.push({ year: mark.year, y: markY + font / 3, trackY: markY });
        const labelY = markY + SHAPE_RADIUS + 4 + font;
        placed.push({ ...mark, x: cx, y: markY, path: shapePath(mark.group), labelX, labelY, label, anchor, groupLabel, groupY: labelY + label.length * line });
        cursor = markY + SHAPE_RADIUS + 4 + (label.length + groupLabel.length) * line + 8;
      }
    }
    cursor += 4;
    bands.push({ y: top, height: cursor - top, label, labelY: top + 2 + font, shade: i % 2 === 0 });
  });

  return { width, height: cursor + 2, scale, bands, rows, ticks: RANKS.map(centre), marks: placed, joins: joinsOf(placed) };
}
