/**
 * Recording a check-in on a manual key result (`sextant okrs check-in`): the entry is appended to the key
 * result's `checkIns` in its okrs/<quarter>.yaml, keeping the file's comments and layout (the YAML document
 * is edited, not rewritten from data). The edited files are validated as a whole before anything is written,
 * and the file is replaced atomically (a temporary file renamed over it), so a failure leaves it as it was.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { ConflictError, InputError, NotFoundError, WorkspaceError } from '../domain/errors.js';
import type { CheckIn } from '../domain/okr.js';
import { dateSchema } from '../domain/primitives.js';
import { toDayKey } from '../metrics/calendar.js';
import { readOkrs } from '../workspace/governance/okrs.js';
import type { GovernanceReadContext } from '../workspace/governance/part.js';
import type { LoadedWorkspace } from '../workspace/index.js';
import { loadWorkspace } from '../workspace/index.js';
import { writeFileAtomically } from './write-atomically.js';

const NUMBER = /^-?\d+(?:\.\d+)?$/;

const checkInInputSchema = z.strictObject({
  value: z.unknown().transform((value, context) => {
    const number =
      typeof value === 'number'
        ? value
        : typeof value === 'string' && NUMBER.test(value.trim())
          ? Number(value)
          : NaN;
    if (Number.isFinite(number)) return number;
    context.addIssue({ code: 'custom', message: 'a number, e.g. 12 or 0.85' });
    return z.NEVER;
  }),
  note: z.string().min(1).optional(),
  date: dateSchema.optional(),
});

export interface CheckInResult {
  keyResult: string;
  objective: string;
  file: string;
  checkIn: CheckIn;
  /** How many check-ins the key result has now. */
  checkIns: number;
}

export async function checkInKeyResult(
  dir: string,
  id: string,
  input: unknown,
  now: Date,
): Promise<CheckInResult> {
  const parsed = checkInInputSchema.safeParse(input);
  if (!parsed.success)
    throw new InputError(
      'Invalid check-in',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify((input as Record<string, unknown>)?.[String(issue.path[0])]),
      })),
    );
  const workspace = await loadWorkspace(dir);
  const { okrs } = await workspace.governance();
  const objective = okrs.objectives.find((candidate) => candidate.keyResults.some((kr) => kr.id === id));
  const kr = objective?.keyResults.find((candidate) => candidate.id === id);
  if (!objective || !kr) {
    const isObjective = okrs.objectives.some((candidate) => candidate.id === id);
    throw new NotFoundError(
      isObjective
        ? `${id} is an objective: check-ins are recorded on its key results`
        : `No key result ${id} in okrs/`,
    );
  }
  if (kr.metric)
    throw new ConflictError(
      `${id} reads its value from the metric ${kr.metric.id}; check-ins are for key results without a metric link`,
    );
  const today = toDayKey(now, workspace.config.timezone);
  const date = parsed.data.date ?? today;
  if (date > today)
    throw new InputError('Invalid check-in', [
      {
        path: 'date',
        message: 'a check-in records what is known now',
        found: date,
        expected: `${today} or earlier`,
      },
    ]);
  const checkIn: CheckIn = {
    date,
    value: parsed.data.value,
    ...(parsed.data.note ? { note: parsed.data.note } : {}),
  };
  const file = kr.at.file;
  const absolute = path.join(workspace.dir, file);
  const text = appendCheckIn(await readFile(absolute, 'utf8'), id, checkIn);
  const read = await readOkrs(toReadContext(workspace), new Map([[file, text]]));
  if (read.issues.length > 0)
    throw new WorkspaceError(`The check-in would make ${file} invalid; nothing was written:`, read.issues);
  await writeFileAtomically(absolute, text);
  return { keyResult: id, objective: objective.id, file, checkIn, checkIns: kr.checkIns.length + 1 };
}

/** The file's text with `checkIn` appended to the key result `id`, everything else as it was written. */
export function appendCheckIn(text: string, id: string, checkIn: CheckIn): string {
  const doc = parseDocument(text);
  const objectives = doc.get('objectives');
  const target = isSeq(objectives) ? findKeyResult(objectives, id) : undefined;
  if (!target) throw new NotFoundError(`No key result ${id} in this file`);
  const entry = doc.createNode(checkIn) as YAMLMap;
  const existing = target.get('checkIns', true);
  if (isSeq(existing)) {
    const first = existing.items[0];
    // New entries look like the ones before them; an empty `[]` becomes a list of one-line entries.
    entry.flow = isMap(first) ? Boolean(first.flow) : true;
    if (existing.items.length === 0) existing.flow = false;
    existing.items.push(entry);
  } else {
    entry.flow = true;
    const list = doc.createNode([]) as YAMLSeq;
    list.items.push(entry);
    target.set('checkIns', list);
  }
  return doc.toString({ lineWidth: 0 });
}

function findKeyResult(objectives: YAMLSeq, id: string): YAMLMap | undefined {
  for (const objective of objectives.items) {
    if (!isMap(objective)) continue;
    const keyResults = objective.get('keyResults');
    if (!isSeq(keyResults)) continue;
    for (const kr of keyResults.items) if (isMap(kr) && kr.get('id') === id) return kr as YAMLMap;
  }
  return undefined;
}

function toReadContext(workspace: LoadedWorkspace): GovernanceReadContext {
  const { model } = workspace;
  const refs = (items: readonly { ref: string }[]) => new Set(items.map((item) => item.ref));
  const catalog = refs([
    ...model.services,
    ...model.systems,
    ...model.domains,
    ...model.apis,
    ...model.resources,
  ]);
  const people = refs(model.people);
  const teams = refs(model.teams);
  return {
    root: workspace.dir,
    config: workspace.config,
    model,
    directory: { people, teams, catalog, declared: new Set([...people, ...teams, ...catalog]) },
  };
}
