/**
 * The one schema for an inspection document's frontmatter. Types elsewhere are
 * inferred from it; the record's loader (checked-record.ts), the import and the tests all use it.
 */
import { z } from 'astro/zod';
import { isDate } from './dates';
import {
  DOCUMENT_TYPE_IDS,
  FRAMEWORKS,
  FRAMEWORK_IDS,
  GRADES,
  GRADE_WORDS,
  REPAIR_KIND_IDS,
} from './vocabulary';

const allowed = (values: readonly string[]) => `must be one of: ${values.map((v) => `"${v}"`).join(', ')}`;

/** The id of a paragraph, bullet, table row or other block of the document's text. */
export const blockId = z
  .string({ error: 'must be the id of a block of the text, such as "p15" or "p28-3"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be lower-case letters, digits and single hyphens, such as "p15" or "p28-3"',
  });

/** A date as precise as the document states it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
  .string({ error: 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY (quote it in YAML)' })
  .refine(isDate, {
    error: 'must be a real date written YYYY-MM-DD, YYYY-MM or YYYY, such as "2012-03-09" or "2018-06"',
  });

export const judgementSchema = z.object({
  /** The area judged, in the document's own words. */
  area: z.string().min(1),
  /** The part of the inspection the area belongs to, where the document groups them (2012). */
  group: z.string().min(1).optional(),
  /** The grade as the document states it (Ofsted's words, or the council's report of them). */
  grade: z.enum(GRADE_WORDS, { error: allowed(GRADE_WORDS) }),
  /** Place on the 4-point scale: 1 Outstanding, 2 Good, 3 Adequate or Requires improvement, 4 Inadequate. */
  rank: z.number({ error: 'must be a whole number from 1 (Outstanding) to 4 (Inadequate)' }).int().min(1).max(4),
  /** The block (paragraph or table row) that states this judgement. */
  source: blockId,
  /** Other blocks that state the same judgement, such as the section's opening paragraph. */
  alsoStatedIn: z.array(blockId).default([]),
});

export const evidenceSchema = z.object({
  /** What was counted, in plain words ("case files reviewed"). */
  measure: z.string().min(1),
  /** The number the document states. */
  value: z.number().int().nonnegative(),
  /** The document's exact words that state it; checked against the text. */
  quote: z.string().min(1),
  /** The block that states it. */
  source: blockId,
});

export const repairSchema = z.object({
  /** What kind of conversion damage was repaired. */
  kind: z.enum(REPAIR_KIND_IDS, { error: allowed(REPAIR_KIND_IDS) }),
  /** The block the repair was made in, where it is in one. */
  at: blockId.optional(),
  /** What the converted text said and what the repair did. */
  detail: z.string().min(1),
  /**
   * The content/changes.yaml entry that made it, for a repair made after the document was
   * first published; a repair without one was made on import, when it was first published.
   */
  change: blockId.optional(),
});

export const documentSchema = z
  .object({
    /** The document's title, as the document names itself where it does. */
    title: z.string().min(1),
    /** A short name for lists, charts and breadcrumbs. */
    shortTitle: z.string().min(1),
    /** What kind of document this is. */
    documentType: z.enum(DOCUMENT_TYPE_IDS, { error: allowed(DOCUMENT_TYPE_IDS) }),
    /** The organisation that wrote and issued it. */
    publisher: z.string().min(1),
    /**
     * The council whose children's services it is about, named as the document names the place,
     * and the block that names it; content/site.yaml names the same council. Link previews and their titles lead with it, so a shared link says where.
     */
    council: z.object({ name: z.string().min(1), source: blockId }),
    /** The person who signed it or led the inspection, as the document states. */
    author: z.object({ name: z.string().min(1), role: z.string().min(1) }).optional(),
    /** Whom a letter is addressed to. */
    addressedTo: z.string().min(1).optional(),
    /** The inspection framework the document reports under; absent where it covers several. */
    framework: z.enum(FRAMEWORK_IDS, { error: allowed(FRAMEWORK_IDS) }).optional(),
    /**
     * When the inspection it reports on took place, as precisely as stated, and where it says so.
     * `as: completed` where the document says only when the inspection was completed (from is then that date).
     */
    inspected: z
      .object({
        from: partialDate,
        to: partialDate.optional(),
        as: z.enum(['held', 'completed'], { error: allowed(['held', 'completed']) }).default('held'),
        source: blockId,
      })
      .refine((d) => !d.to || d.from <= d.to, { error: 'must not end before it starts', path: ['to'] })
      .optional(),
    /** The document's own date: of publication, of the letter, or of the meeting it was written for. */
    issued: z.object({
      date: partialDate,
      as: z.enum(['published', 'letter', 'meeting', 'undated'], {
        error: allowed(['published', 'letter', 'meeting', 'undated']),
      }),
      source: blockId.optional(),
    }),
    /** Where the document's own original lives, only where the document itself states the address. */
    original: z.object({ url: z.url({ error: 'must be a full URL' }), source: blockId }).optional(),
    /**
     * The address a council's document gives for the Ofsted report it speaks about: not the document's own
     * original, and not a report we hold.
     */
    ofstedReport: z.object({ url: z.url({ error: 'must be a full URL' }), source: blockId }).optional(),
    /** The committed source text this entry was imported from, in content/sources/. */
    sourceFile: z.string().regex(/^[\w.-]+\.txt$/, { error: 'must be a file name in content/sources/ ending .txt' }),
    /** Figures the document states about its evidence (cases read, people spoken to ...). */
    evidence: z.array(evidenceSchema).default([]),
    /** One plain-English paragraph: what this document is and what it says. */
    summary: z.string().min(40, { error: 'must be a paragraph of at least 40 characters' }),
    /** The headline outcome in a few words, and the block that states it. */
    outcome: z.object({ text: z.string().min(1), source: blockId }),
    /** Graded judgements the document states, and only those. */
    judgements: z.array(judgementSchema).default([]),
    /** Things a reader may look for that this document does not state, said plainly. */
    notStated: z.array(z.string().min(1)).default([]),
    /** Conversion damage repaired on import, shown to readers as notes on the text. */
    repairs: z.array(repairSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    doc.judgements.forEach((judgement, index) => {
      const expected = GRADES[judgement.grade];
      if (judgement.rank !== expected) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', index, 'rank'],
          message: `must be ${expected} for the grade "${judgement.grade}" (1 Outstanding, 2 Good, 3 Adequate or Requires improvement, 4 Inadequate)`,
        });
      }
      const framework = doc.framework ? FRAMEWORKS[doc.framework] : undefined;
      const scale: readonly string[] = framework?.grades ?? [];
      if (!scale.includes(judgement.grade)) {
        ctx.addIssue({
          code: 'custom',
          path: ['judgements', index, 'grade'],
          message: framework
            ? `"${judgement.grade}" is not on the scale of the ${framework.name}; ${allowed(scale)}`
            : 'a judgement needs the document to name its framework, whose scale the grade is on',
        });
      }
    });
  });

export type InspectionDocument = z.infer<typeof documentSchema>;
export type DocumentInput = z.input<typeof documentSchema>;
export type Judgement = z.infer<typeof judgementSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Repair = z.infer<typeof repairSchema>;
