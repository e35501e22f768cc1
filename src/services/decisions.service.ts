/**
 * Architecture decision records for the interfaces: the list (with proposals waiting too long flagged),
 * one record with its body and its line of supersession, and a new proposal written from the template.
 * Reads only the workspace.
 */
import path from 'node:path';
import { ADR_STATUSES, type Adr, type AdrStatus, formatAdrId } from '../domain/adr.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import {
  deriveSupersedes,
  PROPOSAL_WAIT_DAYS,
  proposalWait,
  type SupersessionChain,
  supersessionChain,
} from '../governance/adr-chain.js';
import { slugifyTitle } from '../governance/adr-template.js';
import { toDayKey } from '../metrics/calendar.js';
import { writeNewAdr } from '../workspace/governance/decisions-new.js';
import type { WorkspaceContext } from './workspace.service.js';

export type { AdrStatus } from '../domain/adr.js';
export { ADR_STATUSES, PROPOSAL_WAIT_DAYS };

export interface NamedRef {
  ref: string;
  name: string;
}

export interface DecisionSummary {
  id: string;
  title: string;
  status: AdrStatus;
  date: string;
  file: string;
  deciders: NamedRef[];
  teams: string[];
  services: string[];
  okrs: string[];
  tags: string[];
  /** As written, plus those naming this record in `supersededBy`. */
  supersedes: string[];
  supersededBy: string | null;
  /** Days a proposal has waited beyond the limit; null when decided or within it. */
  waitingDays: number | null;
}

export interface DecisionList {
  today: string;
  /** A proposal older than this many days is waiting for a decision. */
  waitLimitDays: number;
  decisions: DecisionSummary[];
  counts: Record<AdrStatus, number>;
  waiting: string[];
}

export interface DecisionListOptions {
  status?: AdrStatus;
  waitLimitDays?: number;
}

interface ChainEntry {
  id: string;
  title: string;
  status: AdrStatus;
  date: string;
}

export interface DecisionDetail extends DecisionSummary {
  sections: { heading: string; line: number; text: string }[];
  /** The Markdown body, as written. */
  body: string;
  chain: { earlier: ChainEntry[]; later: ChainEntry[]; current: ChainEntry };
  /** Architecture review submissions that link this record. */
  reviews: { id: string; title: string; state: string }[];
}

export async function listDecisions(
  context: WorkspaceContext,
  options: DecisionListOptions,
  now: Date,
): Promise<DecisionList> {
  const { decisions } = await context.workspace.governance();
  const today = toDayKey(now, context.workspace.config.timezone);
  const limit = options.waitLimitDays ?? PROPOSAL_WAIT_DAYS;
  const supersedes = deriveSupersedes(decisions.records);
  const all = decisions.records.map((record) => summarize(context, record, supersedes, today, limit));
  const counts = Object.fromEntries(ADR_STATUSES.map((status) => [status, 0])) as Record<AdrStatus, number>;
  for (const summary of all) counts[summary.status] += 1;
  return {
    today,
    waitLimitDays: limit,
    decisions: options.status ? all.filter((summary) => summary.status === options.status) : all,
    counts,
    waiting: all.filter((summary) => summary.waitingDays !== null).map((summary) => summary.id),
  };
}

export async function showDecision(
  context: WorkspaceContext,
  which: string,
  now: Date,
): Promise<DecisionDetail> {
  const { decisions, architectureReviews } = await context.workspace.governance();
  const id = toAdrId(which);
  const record = decisions.records.find((candidate) => candidate.id === id);
  if (!record) {
    const known = decisions.records.map((candidate) => candidate.id);
    const range =
      known.length === 0
        ? ' (it holds none)'
        : known.length <= 10
          ? `; known: ${known.join(', ')}`
          : `; it holds ${known.length} records, ${known[0]} to ${known.at(-1)}`;
    throw new NotFoundError(`No decision record ${id ?? JSON.stringify(which)} in decisions/${range}`);
  }
  const today = toDayKey(now, context.workspace.config.timezone);
  const byId = new Map(decisions.records.map((candidate) => [candidate.id, candidate]));
  const entry = (adrId: string): ChainEntry => {
    const found = byId.get(adrId) as Adr;
    return { id: found.id, title: found.title, status: found.status, date: found.date };
  };
  const chain: SupersessionChain = supersessionChain(decisions.records, record.id);
  return {
    ...summarize(context, record, deriveSupersedes(decisions.records), today, PROPOSAL_WAIT_DAYS),
    sections: record.sections.map((section) => ({
      heading: section.heading,
      line: section.line,
      text: section.lines
        .map((line) => line.text)
        .join('\n')
        .trim(),
    })),
    body: record.body.map((line) => line.text).join('\n'),
    chain: {
      earlier: chain.earlier.map(entry),
      later: chain.later.map(entry),
      current: entry(chain.current),
    },
    reviews: architectureReviews.reviews
      .filter((review) => review.adr === record.id)
      .map((review) => ({
        id: review.id,
        title: review.title,
        state: review.decision?.outcome ?? 'pending',
      })),
  };
}

/**
 * Writes the next-numbered proposal titled `title`, dated today. The workspace is read first, so a new
 * record is never added to a folder whose records are broken.
 */
export async function createDecision(
  context: WorkspaceContext,
  title: string,
  now: Date,
): Promise<{ id: string; file: string; path: string }> {
  const trimmed = title.trim();
  if (trimmed === '' || slugifyTitle(trimmed) === '') {
    throw new InputError('A decision needs a title with at least one letter or digit', [
      {
        path: 'title',
        message: 'no title',
        found: JSON.stringify(title),
        expected: 'a title such as "Use PostgreSQL for new services"',
      },
    ]);
  }
  await context.workspace.governance();
  const written = await writeNewAdr(
    context.workspace.dir,
    trimmed,
    toDayKey(now, context.workspace.config.timezone),
  );
  return { ...written, path: path.join(context.workspace.dir, written.file) };
}

/** `ADR-0007`, `adr-7`, `7` or a file name `ADR-0007-…(.md)` → `ADR-0007`; undefined for anything else. */
export function toAdrId(which: string): string | undefined {
  const match = /^(?:adr-?)?0*(\d{1,4})(?:-[a-z0-9-]*(?:\.md)?)?$/i.exec(which.trim());
  if (!match) return undefined;
  return formatAdrId(Number(match[1]));
}

function summarize(
  context: WorkspaceContext,
  record: Adr,
  supersedes: ReadonlyMap<string, string[]>,
  today: string,
  limit: number,
): DecisionSummary {
  const people = context.workspace.model.people;
  return {
    id: record.id,
    title: record.title,
    status: record.status,
    date: record.date,
    file: record.file,
    deciders: record.deciders.map((ref) => ({
      ref,
      name: people.find((person) => person.ref === ref)?.displayName ?? ref,
    })),
    teams: record.teams,
    services: record.services,
    okrs: record.okrs,
    tags: record.tags,
    supersedes: supersedes.get(record.id) ?? [],
    supersededBy: record.supersededBy ?? null,
    waitingDays: proposalWait(record, today, limit),
  };
}
