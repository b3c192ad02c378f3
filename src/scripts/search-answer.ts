/**
 * Which of the record's judgements a question is about, for the answer above the results
 * (src/model/search-answer.ts). Only a question about grades gets one, and only judgements the
 * record holds: a year it names, an area it names, a grade it names, else the overall judgements.
 * Pure, so the unit tests run it without a browser.
 */
import type { AnswerJudgement } from '../model/search-answer';
import { plainWords } from '../model/search-words';

/** The words of a question about grades. */
const ABOUT_GRADES = /\b(rat(ed|ing|ings)|grades?|graded|judge(d|ment|ments)|verdict|inadequate|outstanding|adequate|requires? improvement|improved?|better|worse|ofsted (say|said|think|thought|find|found))\b/i;
/** A grade's word: a question naming one with nothing else is about the judgements of that grade. */
const GRADE_WORDS = ['outstanding', 'good', 'adequate', 'inadequate', 'requires improvement'];
/** Words too common in areas' names to say which area a question is about; the council's own name is another (answerFor's `council`). */
const COMMON = new Set('children childrens child young people services service council county ofsted inspection inspections and the of for to who are in was were how what did'.split(' '));

export type Judged = Pick<AnswerJudgement, 'year' | 'area' | 'group' | 'grade'>;

/** Whether a word of the question (its words that can name one) names a word of an area ("health" names "healthy"; four letters at least). */
const names = (words: string[], area: string) => area.split(' ').some((a) => words.some((w) => w.length >= 4 && a.length >= 4 && (a.startsWith(w) || w.startsWith(a))));

/** Whether a question is about grades: it names a grade, rating or judgement, or asks whether something was good. */
export const aboutGrades = (text: string, years: string[]) => ABOUT_GRADES.test(text) || (/\bgood\b/i.test(text) && (years.length > 0 || /\b(was|were)\b/i.test(text)));

/**
 * The indexes of the judgements a question is about; none where it is not about grades or the record holds none.
 * `council`: the words of the council's name (content/site.yaml), which name no area.
 */
export function answerFor(text: string, years: string[], judged: Judged[], council: readonly string[] = []): number[] {
  if (!aboutGrades(text, years)) return [];
  const words = plainWords(text);
  const naming = words.filter((w) => !COMMON.has(w) && !council.includes(w));
  const all = judged
    .map((j, i) => ({ year: j.year, area: plainWords(j.area).join(' '), group: plainWords(j.group).join(' '), grade: j.grade.toLowerCase(), i }))
    .filter((j) => !years.length || years.includes(j.year));
  const overall = (list: typeof all) => list.filter((j) => j.area === 'overall effectiveness');
  const byArea = all.filter((j) => names(naming, j.area));
  const byGroup = overall(all.filter((j) => names(naming, j.group)));
  const grade = GRADE_WORDS.find((g) => ` ${words.join(' ')} `.includes(` ${g} `) && g !== 'good');
  const chosen = byArea.length ? byArea : byGroup.length ? byGroup : grade && !years.length ? all.filter((j) => j.grade.startsWith(grade)) : overall(all);
  return chosen.map((j) => j.i);
}
