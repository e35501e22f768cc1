/**
 * The postmortem quality checklist, scored item by item. Nine items are read from the document (its
 * sections, front matter and action items), each with the line numbers of its evidence; the tenth, that
 * the review reached the wider engineering organization, cannot be seen in a file and passes only when a
 * reviewer signs it off. The rules are deliberately plain so an author can see why an item failed and
 * what to add.
 */
import {
  type ActionItem,
  CHECKLIST_ITEMS,
  type ChecklistItemId,
  type Postmortem,
  type PostmortemSection,
} from '../domain/postmortem.js';
import { type BlameFlag, buildBlamePatterns, findBlame, type PersonNames } from './postmortem-blame.js';

export type ChecklistStatus = 'passed' | 'failed' | 'needs-sign-off';

export interface ChecklistItemResult {
  id: ChecklistItemId;
  title: string;
  status: ChecklistStatus;
  /** Why, in a sentence. */
  evidence: string;
  /** 1-based lines of the file the evidence is on. */
  lines: number[];
  /** Reviewers who signed this item off, and when. */
  signedOffBy: { person: string; at: string }[];
  /** For `blameless`: the lines flagged. */
  flags?: BlameFlag[];
}

export interface ChecklistResult {
  file: string;
  incident: string;
  items: ChecklistItemResult[];
  passed: number;
  total: number;
}

export const CHECKLIST_TITLES: Record<ChecklistItemId, string> = {
  timeline: 'Timeline with timestamps',
  'root-cause': 'Root cause identified, not only symptoms',
  'contributing-factors': 'Contributing factors documented',
  'action-items': 'Action items specific, owned and dated',
  'root-cause-analysis': 'Five whys or similar analysis',
  'systemic-fixes': 'Systemic fixes preferred',
  blameless: 'No blame on individuals',
  detection: 'Detection improvement identified',
  recovery: 'Recovery improvement identified',
  shared: 'Shared with the wider engineering organization',
};

/** Items only a reviewer can attest. */
export const SIGN_OFF_ONLY: ReadonlySet<ChecklistItemId> = new Set(['shared']);

/** Timeline entries needed for the timeline to count. */
export const MIN_TIMELINE_ENTRIES = 3;
/** Share of systemic action items at or above which systemic fixes count as preferred. */
export const SYSTEMIC_SHARE = 0.5;

const TIMESTAMP = /\b(?:\d{4}-\d{2}-\d{2}[T ])?(?:[01]?\d|2[0-3]):[0-5]\d\b/;
const LIST_ENTRY = /^\s*(?:[-*+]|\d+[.)])\s+\S/;
const SYMPTOM =
  /\b(?:was|went|were)\s+(?:down|slow|unavailable|unreachable|degraded)\b|\b(?:errors?|latency|timeouts?|5\d\d)\s+(?:rose|increased|spiked|went up)\b/i;
const CAUSAL = /\bbecause\b|\bdue to\b|\bcaused\b|\bwhen\b|\bafter\b|\bsince\b|\bso that\b|\bwithout\b/i;
const VAGUE_TITLE =
  /^(?:investigate|look into|be more careful|improve|fix it|monitor|review|check)\b[^a-z]*$/i;
const DETECTION_ITEM =
  /\b(?:alert|alerting|monitor|monitoring|detect|detection|page|paging|dashboard|synthetic|probe)\b/i;
const RECOVERY_ITEM =
  /\b(?:rollback|roll back|runbook|failover|fail over|recover|recovery|restore|kill switch|feature flag|circuit breaker)\b/i;

/** Scores one postmortem. `people` are the declared people, for the blame check. */
export function scorePostmortem(postmortem: Postmortem, people: readonly PersonNames[]): ChecklistResult {
  return scoreWithPatterns(postmortem, buildBlamePatterns(people));
}

/** Scores many postmortems, building the blame patterns once. */
export function scorePostmortems(
  postmortems: readonly Postmortem[],
  people: readonly PersonNames[],
): ChecklistResult[] {
  const patterns = buildBlamePatterns(people);
  return postmortems.map((postmortem) => scoreWithPatterns(postmortem, patterns));
}

function scoreWithPatterns(
  postmortem: Postmortem,
  patterns: ReturnType<typeof buildBlamePatterns>,
): ChecklistResult {
  const verdicts: Record<ChecklistItemId, Verdict> = {
    timeline: checkTimeline(postmortem),
    'root-cause': checkRootCause(postmortem),
    'contributing-factors': checkContributingFactors(postmortem),
    'action-items': checkActionItems(postmortem),
    'root-cause-analysis': checkAnalysis(postmortem),
    'systemic-fixes': checkSystemic(postmortem),
    blameless: checkBlameless(postmortem, patterns),
    detection: checkImprovement(postmortem, /detect|alert/i, DETECTION_ITEM, 'detection'),
    recovery: checkImprovement(postmortem, /recover|mitigat|rollback|restor/i, RECOVERY_ITEM, 'recovery'),
    shared: { status: 'needs-sign-off', evidence: 'a reviewer has to confirm it was shared', lines: [] },
  };
  const items = CHECKLIST_ITEMS.map((id): ChecklistItemResult => {
    const signedOffBy = postmortem.reviewers.flatMap((reviewer) =>
      reviewer.signOffs
        .filter((signOff) => signOff.item === id)
        .map(({ at }) => ({ person: reviewer.person, at })),
    );
    let verdict = verdicts[id];
    if (SIGN_OFF_ONLY.has(id) && signedOffBy.length > 0) {
      const names = signedOffBy.map((entry) => `${entry.person} on ${entry.at}`).join(', ');
      verdict = { status: 'passed', evidence: `signed off by ${names}`, lines: [] };
    }
    return { id, title: CHECKLIST_TITLES[id], ...verdict, signedOffBy };
  });
  return {
    file: postmortem.file,
    incident: postmortem.incident,
    items,
    passed: items.filter((item) => item.status === 'passed').length,
    total: items.length,
  };
}

type Verdict = Pick<ChecklistItemResult, 'status' | 'evidence' | 'lines' | 'flags'>;

const pass = (evidence: string, lines: number[]): Verdict => ({ status: 'passed', evidence, lines });
const fail = (evidence: string, lines: number[] = []): Verdict => ({ status: 'failed', evidence, lines });

function findSection(postmortem: Postmortem, heading: RegExp, not?: RegExp): PostmortemSection | undefined {
  return postmortem.sections.find((section) => heading.test(section.heading) && !not?.test(section.heading));
}

function contentOf(section: PostmortemSection) {
  return section.lines.filter((entry) => entry.text.trim() !== '');
}

function checkTimeline(postmortem: Postmortem): Verdict {
  const section = findSection(postmortem, /timeline/i);
  if (!section) return fail('no Timeline section');
  const entries = section.lines.filter((entry) => TIMESTAMP.test(entry.text));
  const lines = entries.map((entry) => entry.line);
  if (entries.length >= MIN_TIMELINE_ENTRIES) {
    return pass(`${entries.length} timestamped entries under "${section.heading}"`, lines);
  }
  return fail(
    `${entries.length} timestamped entr${entries.length === 1 ? 'y' : 'ies'} under "${section.heading}" (line ${section.line}); at least ${MIN_TIMELINE_ENTRIES} expected`,
    [section.line, ...lines],
  );
}

function checkRootCause(postmortem: Postmortem): Verdict {
  const section = findSection(postmortem, /root cause/i, /analysis|whys/i);
  const content = section ? contentOf(section) : [];
  const text = [postmortem.rootCause ?? '', ...content.map((entry) => entry.text)].join(' ').trim();
  const lines = content.map((entry) => entry.line);
  if (text === '') return fail('no Root cause section and no rootCause in the front matter');
  if (SYMPTOM.test(text) && !CAUSAL.test(text)) {
    return fail('the root cause describes what users saw, not why it happened', lines);
  }
  const words = text.split(/\s+/).length;
  if (words < 6) return fail(`the root cause is ${words} words, too short to explain a cause`, lines);
  return pass(section ? `stated under "${section.heading}"` : 'stated in the front matter', lines);
}

function checkContributingFactors(postmortem: Postmortem): Verdict {
  const section = findSection(postmortem, /contributing/i);
  if (!section) return fail('no Contributing factors section');
  const entries = section.lines.filter((entry) => LIST_ENTRY.test(entry.text));
  if (entries.length === 0) return fail(`"${section.heading}" lists no factors`, [section.line]);
  return pass(
    `${entries.length} factor${entries.length === 1 ? '' : 's'} listed`,
    entries.map((e) => e.line),
  );
}

/** What is missing from an action item for it to be specific, owned and dated. */
export function describeActionItemGaps(item: ActionItem): string[] {
  const gaps: string[] = [];
  if (item.owner === undefined) gaps.push('no owner');
  if (item.due === undefined) gaps.push('no due date');
  if (item.title.trim().split(/\s+/).length < 4 || VAGUE_TITLE.test(item.title.trim()))
    gaps.push('vague title');
  return gaps;
}

function checkActionItems(postmortem: Postmortem): Verdict {
  const { actionItems } = postmortem;
  if (actionItems.length === 0) return fail('no action items in the front matter');
  const problems = actionItems
    .map((item, index) => ({
      item,
      gaps: describeActionItemGaps(item),
      line: postmortem.lines.actionItems[index] ?? 0,
    }))
    .filter((entry) => entry.gaps.length > 0);
  if (problems.length === 0) {
    return pass(
      `${actionItems.length} action items, each with an owner and a due date`,
      postmortem.lines.actionItems,
    );
  }
  const described = problems.map(({ item, gaps }) => `${item.id}: ${gaps.join(', ')}`).join('; ');
  return fail(
    described,
    problems.map((entry) => entry.line),
  );
}

function checkAnalysis(postmortem: Postmortem): Verdict {
  const section = findSection(postmortem, /whys|why analysis|causal analysis|fishbone|root cause analysis/i);
  if (section && contentOf(section).length > 0) return pass(`"${section.heading}"`, [section.line]);
  const whys = postmortem.body.filter((entry) => /^\s*(?:[-*+]|\d+[.)])?\s*\**why\b/i.test(entry.text));
  if (whys.length >= 3)
    return pass(
      `${whys.length} "why" steps`,
      whys.map((entry) => entry.line),
    );
  return fail('no five whys (or similar) analysis');
}

function checkSystemic(postmortem: Postmortem): Verdict {
  const { actionItems } = postmortem;
  if (actionItems.length === 0) return fail('no action items to judge');
  const systemic = actionItems.filter((item) => item.kind === 'systemic').length;
  const share = systemic / actionItems.length;
  const evidence = `${systemic} of ${actionItems.length} action items are systemic`;
  const lines = postmortem.lines.actionItems;
  return share >= SYSTEMIC_SHARE ? pass(evidence, lines) : fail(`only ${evidence}`, lines);
}

function checkBlameless(postmortem: Postmortem, patterns: ReturnType<typeof buildBlamePatterns>): Verdict {
  const flags = findBlame(postmortem.body, patterns);
  if (flags.length === 0) return pass('no sentence names an individual as the cause', []);
  const evidence = flags.map((flag) => `line ${flag.line}: ${flag.reason}: "${flag.quote}"`).join('; ');
  return {
    ...fail(
      evidence,
      flags.map((flag) => flag.line),
    ),
    flags,
  };
}

function checkImprovement(
  postmortem: Postmortem,
  heading: RegExp,
  itemPattern: RegExp,
  what: string,
): Verdict {
  const section = findSection(postmortem, heading);
  if (section && contentOf(section).length > 0) return pass(`"${section.heading}"`, [section.line]);
  const index = postmortem.actionItems.findIndex((item) => itemPattern.test(item.title));
  const item = postmortem.actionItems[index];
  if (item) return pass(`action item ${item.id}: ${item.title}`, [postmortem.lines.actionItems[index] ?? 0]);
  return fail(`no ${what} section and no action item that improves ${what}`);
}
