/**
 * The roadmap (roadmap.yaml): themes group initiatives; an initiative has an owner, the teams doing it,
 * a start and target date, a declared status, the OKRs it serves and the Jira epics that carry its work.
 * Progress is never declared: it is measured from the work items of those epics (governance/roadmap.ts).
 */
import { z } from 'zod';
import { dateSchema, nameSchema, refTextSchema } from './primitives.js';

export const INITIATIVE_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** A Jira issue key: project key, dash, number (`PAY-12`). */
export const epicKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/, 'a Jira epic key such as "PAY-12"');

export const initiativeSchema = z.strictObject({
  id: nameSchema,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  owner: refTextSchema,
  teams: z.array(refTextSchema).min(1),
  start: dateSchema,
  target: dateSchema,
  status: z.enum(INITIATIVE_STATUSES),
  okrs: z.array(z.string().min(1)).default([]),
  epics: z.array(epicKeySchema).default([]),
});
export type InitiativeSpec = z.output<typeof initiativeSchema>;

/** A theme as read before its initiatives, which are validated one by one. */
export const themeSchema = z.strictObject({
  id: nameSchema,
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  initiatives: z.array(z.unknown()).nullish(),
});
export type ThemeSpec = z.output<typeof themeSchema>;

export const roadmapFileSchema = z.strictObject({ themes: z.array(z.unknown()).nullish() });

export interface Initiative {
  id: string;
  title: string;
  description: string | null;
  /** The id of the theme it belongs to. */
  theme: string;
  /** Full person reference. */
  owner: string;
  /** Full team references. */
  teams: string[];
  start: string;
  target: string;
  status: InitiativeStatus;
  /** Objective or key-result ids. */
  okrs: string[];
  /** Jira epic keys. */
  epics: string[];
}

export interface Theme {
  id: string;
  title: string;
  description: string | null;
  /** Ids of its initiatives, in file order. */
  initiatives: string[];
}

export interface Roadmap {
  themes: Theme[];
  initiatives: Initiative[];
}
