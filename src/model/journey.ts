/**
 * The improvement journey's data: one column per inspection, the framework eras
 * those columns fall in, and one mark per graded overall judgement. Pure, so the
 * charts only draw what this returns.
 */
import type { FrameworkId } from './vocabulary';
import { FRAMEWORKS } from './vocabulary';
import type { JudgementRow } from './judgements';
import { listAnd, listOr, yearsOf } from './collection';

/** An inspection we hold a document about, with what that document states. */
export interface Inspection {
  year: number;
  document: string;
  framework: FrameworkId;
  /** The document's headline outcome, for inspections that did not grade. */
  outcome: string;
  outcomeUrl: string;
}

export interface Era {
  framework: FrameworkId;
  name: string;
  short: string;
  years: number[];
}

/** Consecutive inspections under the same framework form one era. */
export function erasOf(inspections: Inspection[]): Era[] {
  const eras: Era[] = [];
  for (const inspection of inspections) {
    const last = eras.at(-1);
    if (last?.framework === inspection.framework) last.years.push(inspection.year);
    else {
      const { name, short } = FRAMEWORKS[inspection.framework];
      eras.push({ framework: inspection.framework, name, short, years: [inspection.year] });
    }
  }
  return eras;
}

/** Whether the framework an inspection was held under gives grades at all (2009's did not). */
export const grades = (inspection: Inspection) => FRAMEWORKS[inspection.framework].grades.length > 0;

export const OVERALL_AREA = 'Overall effectiveness';

/** The overall judgements: one per graded inspection, or one per part where a document grades the parts separately (2012). */
export function journeyMarks(judgements: JudgementRow[]): JudgementRow[] {
  return judgements.filter((j) => j.area === OVERALL_AREA);
}

/** What a mark stands for, in words, for legends and tables. */
export function seriesOf(mark: Pick<JudgementRow, 'group' | 'framework'>): string {
  return mark.group ? `${mark.group}: overall effectiveness` : `Overall effectiveness (${FRAMEWORKS[mark.framework as FrameworkId]?.name ?? mark.framework})`;
}

/** The chart's text equivalent, year by year: what was not graded, then every mark. */
export function journeyDescription(inspections: Inspection[], marks: JudgementRow[]): string {
  const ungraded = inspections
    .filter((i) => !marks.some((m) => m.document === i.document))
    .map((i) => `${i.year}: not graded, ${i.outcome.toLowerCase()}`);
  const graded = marks.map((m) => `${m.year}, ${seriesOf(m)}: ${m.grade} (${m.rank} of 4)`);
  return `${[...ungraded, ...graded].join('; ')}.`;
}

const inspectionsOf = (years: number[]) => `The ${listAnd(years)} ${years.length > 1 ? 'inspections' : 'inspection'}`;
const frameworkName = (era: Era) => (/framework/i.test(era.name) ? `the ${era.name.toLowerCase()}` : `the framework for the ${era.name.toLowerCase()}`);

/**
 * Which grades may be set side by side (those given under one framework) and
 * which comparisons cross a change of framework. Derived from the eras, so a new
 * inspection changes the sentence without anyone rewriting it.
 */
export function frameworkComparison(eras: Era[]): string {
  const graded = eras.filter((e) => FRAMEWORKS[e.framework].grades.length > 0);
  const sentences = eras.filter((e) => !graded.includes(e)).map((e) => `${inspectionsOf(e.years)}, under ${frameworkName(e)}, gave no grades.`);
  for (const era of graded) {
    sentences.push(
      era.years.length > 1
        ? `${inspectionsOf(era.years)} were graded under the same framework, ${frameworkName(era)}, so their grades can be set side by side.`
        : `${inspectionsOf(era.years)} was graded under ${frameworkName(era)}.`,
    );
  }
  graded.forEach((era, i) => {
    for (const later of graded.slice(i + 1)) {
      sentences.push(`Setting a grade of ${listOr(era.years)} beside one of ${listOr(later.years)} crosses a change of framework: the areas judged and the words of the scale differ.`);
    }
  });
  return sentences.join(' ');
}

/**
 * The journey chart's summary, from the inspections and their marks: the overall grades in time order,
 * the inspections that gave none, and where the framework changed between graded inspections.
 */
export function journeySummary(inspections: Inspection[], marks: JudgementRow[], council: string): string {
  const gradedYears = yearsOf(marks);
  const steps = gradedYears.map((year) => {
    const own = marks.filter((m) => m.year === year);
    const words = [...new Set(own.map((m) => m.grade.toLowerCase()))];
    if (words.length > 1) return `${listAnd(own.map((m) => `${m.grade.toLowerCase()} for ${m.group.toLowerCase()}`))} in ${year}`;
    const parts = own.length > 1 ? `, for ${own.length === 2 ? 'both ' : 'all of '}${listAnd(own.map((m) => m.group.toLowerCase()))},` : '';
    return `${words[0]} in ${year}${parts}`;
  });
  const journey = steps.length > 1 ? `${council} went from ${steps[0]} to ${listAnd(steps.slice(1))}` : steps.length ? `${council} was judged ${steps[0]}` : 'No document we hold states an overall grade';
  const ungraded = inspections.filter((i) => !marks.some((m) => m.document === i.document));
  const notes = [
    ...[grades, (i: Inspection) => !grades(i)].map((byFramework, framework) => {
      const years = yearsOf(ungraded.filter((i) => byFramework(i)));
      if (!years.length) return '';
      const inspectionsWord = years.length > 1 ? 'inspections' : 'inspection';
      return framework ? `the ${listAnd(years)} ${inspectionsWord} did not grade` : `no document we hold states the overall grade of the ${listAnd(years)} ${inspectionsWord}`;
    }),
    ...gradedYears.slice(1).flatMap((year, i) => {
      const before = marks.find((m) => m.year === gradedYears[i])!;
      const after = marks.find((m) => m.year === year)!;
      return before.framework === after.framework ? [] : [`the framework changed between ${gradedYears[i]} and ${year}`];
    }),
  ].filter(Boolean);
  return `${journey.replace(/,$/, '')}${notes.length ? `; ${listAnd(notes)}` : ''}.`;
}

/** One inspection of the journey: its year, what its document states, and its overall judgements (none where it gave no grade). */
export interface JourneyStep {
  inspection: Inspection;
  marks: JudgementRow[];
}

/** The journey framework by framework: inside one framework steps may be joined; between two they may not. */
export function journeySteps(inspections: Inspection[], marks: JudgementRow[]): { era: Era; steps: JourneyStep[] }[] {
  return erasOf(inspections).map((era) => ({
    era,
    steps: inspections.filter((i) => era.years.includes(i.year)).map((inspection) => ({ inspection, marks: marks.filter((m) => m.document === inspection.document) })),
  }));
}

/** The journey's active title, from its marks: "Good in 2012, inadequate in 2015, requires improvement to be good in 2018". */
export function journeyHeadline(marks: JudgementRow[]): string {
  const steps = yearsOf(marks).map((year) => `${listAnd([...new Set(marks.filter((m) => m.year === year).map((m) => m.grade.toLowerCase()))])} in ${year}`);
  const text = steps.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
