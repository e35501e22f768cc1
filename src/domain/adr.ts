/**
 * Architecture decision records: one Markdown file per decision in the workspace's `decisions/` folder,
 * named `ADR-NNNN-<slug>.md`, with YAML front matter saying what was decided, by whom, for which teams,
 * services and OKRs, and how it relates to earlier decisions. The body (context, decision, consequences,
 * alternatives …) is free Markdown, kept section by section.
 *
 * Lifecycle: a decision is `proposed`, then `accepted` or `rejected`; an accepted one may later be
 * `deprecated` (no longer applies, nothing replaces it) or `superseded` by a later accepted decision,
 * named in `supersededBy`; the later one lists it in `supersedes`.
 */
import { z } from 'zod';
import { dateSchema, oneOrMany, refTextSchema } from './primitives.js';

export const ADR_STATUSES = ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'] as const;
export type AdrStatus = (typeof ADR_STATUSES)[number];

/** The statuses of a decision that is or was in force: only such a decision can supersede another. */
export const ADR_IN_FORCE: readonly AdrStatus[] = ['accepted', 'superseded'];

export const ADR_ID_PATTERN = /^ADR-\d{4}$/;
/** `ADR-0007-split-the-wms-adapter.md`: the id, a dash, then a slug of lower-case words. */
export const ADR_FILE_PATTERN = /^(ADR-\d{4})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

export const adrIdSchema = z
  .string()
  .regex(ADR_ID_PATTERN, 'an ADR id: "ADR-" and four digits, e.g. ADR-0007');

/** An objective or key-result id as the OKR files declare it. */
const okrIdSchema = z.string().min(1);

const tagSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a tag of lower-case letters and digits joined by dashes');

export const adrFrontMatterSchema = z
  .strictObject({
    id: adrIdSchema,
    title: z.string().min(1),
    status: z.enum(ADR_STATUSES),
    /** The day of the last status change: proposed on, accepted on … */
    date: dateSchema,
    deciders: oneOrMany(refTextSchema).default([]),
    teams: oneOrMany(refTextSchema).default([]),
    services: oneOrMany(refTextSchema).default([]),
    okrs: oneOrMany(okrIdSchema).default([]),
    supersedes: oneOrMany(adrIdSchema).default([]),
    /** The one later decision that replaces this one. */
    supersededBy: adrIdSchema.optional(),
    tags: oneOrMany(tagSchema).default([]),
  })
  .superRefine((front, context) => {
    if (front.status === 'superseded' && front.supersededBy === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['supersededBy'],
        message: 'the id of the accepted ADR that supersedes this one',
      });
    }
    if (front.status !== 'superseded' && front.supersededBy !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: `superseded, since supersededBy names ${front.supersededBy}`,
      });
    }
    if (front.supersededBy === front.id || front.supersedes.includes(front.id)) {
      const path = front.supersededBy === front.id ? ['supersededBy'] : ['supersedes'];
      context.addIssue({ code: 'custom', path, message: 'another ADR than this one' });
    }
  });
export type AdrFrontMatter = z.output<typeof adrFrontMatterSchema>;

/** A Markdown heading of the body and the lines under it. */
export interface AdrSection {
  heading: string;
  /** 1-based line of the heading in the file. */
  line: number;
  lines: { line: number; text: string }[];
}

/** One decision record as read: references in full form (`team:default/checkout`). */
export interface Adr extends AdrFrontMatter {
  /** Workspace-relative path, e.g. `decisions/ADR-0007-split-the-wms-adapter.md`. */
  file: string;
  /** The slug of the file name. */
  slug: string;
  body: { line: number; text: string }[];
  sections: AdrSection[];
}

/** The decisions/ folder as read: every record, ordered by id. */
export interface AdrRegister {
  records: Adr[];
}

/** The number of an ADR id: `ADR-0007` → 7. */
export function adrNumber(id: string): number {
  return Number(id.slice(4));
}

/** The id of the n-th decision: 7 → `ADR-0007`. */
export function formatAdrId(n: number): string {
  return `ADR-${String(n).padStart(4, '0')}`;
}
