/**
 * Adding an action item to a postmortem (`POST /api/postmortems/:which/action-items`, the MCP tool
 * `add-action-item`). Postmortems are workspace files, so the item is written into the postmortem's front
 * matter, the way `okrs check-in` writes a key result's check-in:
 * - the input is checked first (owner declared in people.yaml, due day a calendar date, kind, id unused);
 * - the front matter is edited as a YAML document, keeping its comments and the body (postmortem-edit.ts);
 * - the edited file is parsed as the loader would before anything is written, then replaced atomically;
 * - the context's workspace reads the postmortems afresh, so the next read shows the item.
 * Who may add one is `records.write` (the incident records' capability); the interfaces audit the call.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ConflictError, InputError, WorkspaceError } from '../domain/errors.js';
import { ACTION_ITEM_KINDS } from '../domain/postmortem.js';
import { dateSchema } from '../domain/primitives.js';
import type { Viewer } from '../domain/privacy.js';
import { DEFAULT_NAMESPACE, parseEntityRef, toRefString } from '../domain/refs.js';
import { withPostmortemsReread } from '../workspace/index.js';
import { type ActionItemEntry, appendActionItem } from '../workspace/postmortem-edit.js';
import { parsePostmortem } from '../workspace/postmortems.js';
import { refusalFor } from './access.service.js';
import type { AppContext } from './context.js';
import { findPostmortem } from './postmortems.service.js';
import { writeFileAtomically } from './write-atomically.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const actionItemInputSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .describe('what will be done, e.g. "Alert on checkout errors above 2 %"'),
  owner: z.string().min(1).describe('the person who owns it, from people.yaml, e.g. dana-kim'),
  due: dateSchema.describe('the day it is due, YYYY-MM-DD'),
  kind: z
    .enum(ACTION_ITEM_KINDS)
    .describe('systemic (changes a system) or individual (asks a person to act)'),
  id: z
    .string()
    .regex(ID, 'an id of letters, digits, dots and dashes')
    .optional()
    .describe('the item id (default: the next AI-<n>)'),
});
export type ActionItemInput = z.input<typeof actionItemInputSchema>;

export interface AddedActionItem {
  postmortem: string;
  incident: string;
  actionItem: ActionItemEntry & { owner: string };
  /** How many action items the postmortem has now. */
  actionItems: number;
}

export async function addActionItem(
  context: AppContext,
  viewer: Viewer,
  postmortemId: string,
  input: unknown,
): Promise<AddedActionItem> {
  const refused = refusalFor(viewer, 'records.write', {
    resource: 'postmortem action items',
    action: 'change',
  });
  if (refused) throw refused;
  const parsed = actionItemInputSchema.safeParse(input ?? {});
  if (!parsed.success)
    throw new InputError(
      'Invalid action item',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify((input as Record<string, unknown> | undefined)?.[String(issue.path[0])]),
      })),
    );
  const { workspace } = context;
  const owner = resolveOwner(context, parsed.data.owner);
  const postmortems = await workspace.postmortems();
  const postmortem = postmortems[findPostmortem(postmortems, postmortemId)];
  if (!postmortem) throw new Error('findPostmortem answered an index outside the list');
  const taken = new Set(postmortem.actionItems.map((item) => item.id));
  const id = parsed.data.id ?? nextId(taken);
  if (taken.has(id))
    throw new ConflictError(`${postmortem.file} has an action item ${id} already; give another id or none`);
  const entry: ActionItemEntry = {
    id,
    title: parsed.data.title,
    owner: shortRef(owner),
    due: parsed.data.due,
    status: 'open',
    kind: parsed.data.kind,
  };
  const absolute = path.join(workspace.dir, postmortem.file);
  const text = appendActionItem(postmortem.file, await readFile(absolute, 'utf8'), entry);
  const people = new Set(workspace.model.people.map((person) => person.ref));
  const check = parsePostmortem(postmortem.file, new TextEncoder().encode(text), people);
  if ('issues' in check)
    throw new WorkspaceError(
      `The action item would make ${postmortem.file} invalid; nothing was written:`,
      check.issues,
    );
  await writeFileAtomically(absolute, text);
  context.workspace = withPostmortemsReread(workspace);
  return {
    postmortem: postmortem.file,
    incident: postmortem.incident,
    actionItem: { ...entry, owner },
    actionItems: check.postmortem.actionItems.length,
  };
}

/** The owner's full reference, declared in people.yaml; an InputError naming `owner` otherwise. */
function resolveOwner(context: AppContext, text: string): string {
  const issue = { path: 'owner', found: JSON.stringify(text) };
  let ref: string;
  try {
    ref = toRefString(text, 'person');
  } catch (error) {
    throw new InputError('Invalid owner', [
      { ...issue, message: 'not a person reference', expected: (error as Error).message },
    ]);
  }
  if (!context.workspace.model.people.some((person) => person.ref === ref))
    throw new InputError('Unknown owner', [
      { ...issue, message: `no person ${ref}`, expected: 'a person declared in model/people.yaml' },
    ]);
  return ref;
}

/** `AI-<n>` one past the highest such id of the postmortem. */
function nextId(taken: ReadonlySet<string>): string {
  const numbers = [...taken].map((id) => /^AI-(\d+)$/.exec(id)?.[1]).filter((n) => n !== undefined);
  return `AI-${Math.max(0, ...numbers.map(Number)) + 1}`;
}

/** A reference as the workspace files write it: the bare name in the default namespace. */
function shortRef(ref: string): string {
  const { namespace, name } = parseEntityRef(ref, 'person');
  return namespace === DEFAULT_NAMESPACE ? name : `${namespace}/${name}`;
}
