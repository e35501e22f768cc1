/**
 * Postmortems: one Markdown file per reviewed incident in the workspace's `postmortems/` folder, with
 * YAML front matter saying which incident it reviews, who wrote and reviewed it, and the action items it
 * commits to. The body is free Markdown; the quality checklist reads its sections (see
 * `assess/postmortem-checklist.ts`). References to people are written short or full, as elsewhere in the
 * workspace, and stored full.
 */
import { z } from 'zod';
import { dateSchema, refTextSchema } from './primitives.js';

export const POSTMORTEM_STATUSES = ['draft', 'in-review', 'published'] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export const ACTION_ITEM_STATUSES = ['open', 'done'] as const;
/** Systemic items change a system (a guard, an alert, a runbook); individual ones ask a person to act. */
export const ACTION_ITEM_KINDS = ['systemic', 'individual'] as const;

/**
 * The quality checklist, one id per item. Most items can be read from the document; `shared` (the
 * review reached the wider engineering organization) can only be attested by a reviewer.
 */
export const CHECKLIST_ITEMS = [
  'timeline',
  'root-cause',
  'contributing-factors',
  'action-items',
  'root-cause-analysis',
  'systemic-fixes',
  'blameless',
  'detection',
  'recovery',
  'shared',
] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

/** An incident record id, `source:key`, e.g. `pagerduty:P1A2B3C` or `sextant:INC-7`. */
export const incidentIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*:\S+$/, 'an incident record id as source:key, e.g. "sextant:INC-7"');

export const signOffSchema = z.strictObject({
  item: z.enum(CHECKLIST_ITEMS),
  /** The day the reviewer signed the item off. */
  at: dateSchema,
});

export const reviewerSchema = z.strictObject({
  person: refTextSchema,
  signOffs: z.array(signOffSchema).default([]),
});

export const actionItemSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id of letters, digits, dots and dashes'),
    title: z.string().min(1),
    /** Optional in the file so that a vague, unowned item is a checklist failure rather than a parse error. */
    owner: refTextSchema.optional(),
    due: dateSchema.optional(),
    status: z.enum(ACTION_ITEM_STATUSES).default('open'),
    closed: dateSchema.optional(),
    kind: z.enum(ACTION_ITEM_KINDS),
  })
  .superRefine((item, context) => {
    if (item.status === 'done' && item.closed === undefined) {
      context.addIssue({ code: 'custom', path: ['closed'], message: 'a closed date for a done item' });
    }
    if (item.status === 'open' && item.closed !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'status done when a closed date is set',
      });
    }
  });

export const postmortemFrontMatterSchema = z
  .strictObject({
    incident: incidentIdSchema,
    title: z.string().min(1),
    status: z.enum(POSTMORTEM_STATUSES),
    authors: z.array(refTextSchema).min(1),
    reviewers: z.array(reviewerSchema).default([]),
    /** The day the postmortem was published; required once it is. */
    published: dateSchema.optional(),
    rootCause: z.string().min(1).optional(),
    category: z.string().min(1).optional(),
    actionItems: z.array(actionItemSchema).default([]),
  })
  .superRefine((front, context) => {
    if (front.status === 'published' && front.published === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['published'],
        message: 'a published date for a published postmortem',
      });
    }
    const seen = new Set<string>();
    front.actionItems.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({
          code: 'custom',
          path: ['actionItems', index, 'id'],
          message: `an id not used by another action item of this postmortem ("${item.id}" is)`,
        });
      }
      seen.add(item.id);
    });
  });
export type PostmortemFrontMatter = z.output<typeof postmortemFrontMatterSchema>;
export type ActionItem = z.output<typeof actionItemSchema>;

/** A level-2 or deeper Markdown heading and the lines under it, up to the next heading of any level. */
export interface PostmortemSection {
  heading: string;
  /** 1-based line of the heading in the file. */
  line: number;
  /** The section's lines, each with its 1-based line number in the file. */
  lines: { line: number; text: string }[];
}

/** A postmortem as loaded: front matter with people references resolved to full form, plus its body. */
export interface Postmortem extends PostmortemFrontMatter {
  /** Workspace-relative path, e.g. `postmortems/2026-03-04-checkout-outage.md`. */
  file: string;
  /** Line numbers of front matter fields, for messages that point into the file. */
  lines: { incident: number; actionItems: number[] };
  /** Body lines after the front matter, each with its 1-based line number in the file. */
  body: { line: number; text: string }[];
  sections: PostmortemSection[];
}
