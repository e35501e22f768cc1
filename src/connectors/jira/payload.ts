/**
 * The parts of Jira's REST payloads Sextant reads, as zod schemas. They are deliberately loose: Jira adds
 * fields all the time and sites add hundreds of custom fields, so unknown fields pass through untouched
 * (custom fields are read by id in `fields.ts`), and only what a work item needs is required.
 * The shapes are the same on Cloud (`/rest/api/3`) and Data Center (`/rest/api/2`) for everything read here.
 */
import { z } from 'zod';

const JIRA_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Jira writes instants as `2020-06-12T08:13:13.360+0800` (no colon in the offset), which is not RFC 3339;
 * they are read as the instant they name and kept in UTC, as the store keeps every instant.
 */
export const jiraInstantSchema = z.string().transform((text, context) => {
  const match = JIRA_INSTANT.exec(text);
  const offset = match?.[2] === 'Z' ? 'Z' : match?.[2]?.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  const date = match ? new Date(`${match[1]}${offset}`) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    context.addIssue({
      code: 'custom',
      message: 'an instant like 2020-06-12T08:13:13.360+0800',
      input: text,
    });
    return z.NEVER;
  }
  return date.toISOString();
});

export const jiraStatusSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  statusCategory: z.object({ key: z.string() }).optional(),
});
export type JiraStatus = z.output<typeof jiraStatusSchema>;

const userSchema = z.object({
  /** Cloud identifies people by account id; Data Center by user name and key. */
  accountId: z.string().optional(),
  name: z.string().optional(),
  key: z.string().optional(),
});

const issueTypeSchema = z.object({
  name: z.string().min(1),
  subtask: z.boolean().optional(),
  /** -1 sub-task, 0 standard issue, 1 epic, above that the levels of Jira Premium plans. */
  hierarchyLevel: z.number().optional(),
});

export const changelogItemSchema = z.object({
  field: z.string(),
  fieldId: z.string().optional(),
  from: z.string().nullable().optional(),
  fromString: z.string().nullable().optional(),
  to: z.string().nullable().optional(),
  toString: z.string().nullable().optional(),
});

export const changelogHistorySchema = z.object({
  id: z.string().min(1),
  created: jiraInstantSchema,
  items: z.array(changelogItemSchema),
});
export type JiraHistory = z.output<typeof changelogHistorySchema>;

export const jiraIssueSchema = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: z.looseObject({
    summary: z.string().nullable().optional(),
    issuetype: issueTypeSchema,
    project: z.object({ key: z.string().min(1) }).optional(),
    status: jiraStatusSchema,
    created: jiraInstantSchema,
    resolutiondate: jiraInstantSchema.nullable().optional(),
    assignee: userSchema.nullable().optional(),
    labels: z.array(z.string()).nullable().optional(),
    priority: z
      .object({ name: z.string().min(1) })
      .nullable()
      .optional(),
    components: z
      .array(z.object({ name: z.string() }))
      .nullable()
      .optional(),
    parent: z
      .object({
        key: z.string().min(1),
        fields: z.object({ issuetype: issueTypeSchema.optional() }).optional(),
      })
      .nullable()
      .optional(),
    /** Only in Agile API responses (`/rest/agile/1.0/board/{id}/issue`). */
    epic: z
      .object({ key: z.string().min(1) })
      .nullable()
      .optional(),
  }),
  changelog: z
    .object({
      total: z.number().optional(),
      maxResults: z.number().optional(),
      histories: z.array(changelogHistorySchema),
    })
    .optional(),
});
export type JiraIssue = z.output<typeof jiraIssueSchema>;

/** `GET /rest/api/{2,3}/search`: issues stay `unknown` so one bad issue is reported alone. */
export const searchPageSchema = z.object({
  startAt: z.number().int().nonnegative(),
  maxResults: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  issues: z.array(z.unknown()),
});

/** `GET /rest/api/{2,3}/issue/{id}/changelog`, a page of histories. */
export const changelogPageSchema = z.object({
  startAt: z.number().int().nonnegative(),
  maxResults: z.number().int().nonnegative(),
  total: z.number().int().nonnegative().optional(),
  isLast: z.boolean().optional(),
  values: z.array(z.unknown()),
});

export const jiraSprintSchema = z.object({
  id: z.number().int(),
  name: z.string().min(1),
  state: z.string(),
  startDate: jiraInstantSchema.optional(),
  endDate: jiraInstantSchema.optional(),
  completeDate: jiraInstantSchema.optional(),
  originBoardId: z.number().int().optional(),
  goal: z.string().optional(),
});
export type JiraSprint = z.output<typeof jiraSprintSchema>;

/** `GET /rest/agile/1.0/board/{id}/sprint`: sprints stay `unknown` so one bad sprint is reported alone. */
export const sprintPageSchema = z.object({
  startAt: z.number().int().nonnegative(),
  maxResults: z.number().int().nonnegative(),
  isLast: z.boolean(),
  values: z.array(z.unknown()),
});

/** `GET /rest/api/{2,3}/field`: how custom fields (sprint, epic link, story points) are found. */
export const jiraFieldSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  custom: z.boolean().optional(),
  schema: z.object({ type: z.string().optional(), custom: z.string().optional() }).optional(),
});
export type JiraField = z.output<typeof jiraFieldSchema>;
