/**
 * The postmortem quality checklist and the action-item list, on postmortems written as Markdown and
 * parsed the way the workspace loader parses them.
 */
import { describe, expect, it } from 'vitest';
import { listActionItems } from '../../src/assess/postmortem-actions.js';
import type { PersonNames } from '../../src/assess/postmortem-blame.js';
import { scorePostmortem } from '../../src/assess/postmortem-checklist.js';
import type { Postmortem } from '../../src/domain/postmortem.js';
import { parsePostmortem } from '../../src/workspace/postmortems.js';

const PEOPLE: PersonNames[] = [
  { ref: 'person:default/dana-kim', displayName: 'Dana Kim', handles: ['dana-kim', 'dkim-gh'] },
  { ref: 'person:default/lee-park', displayName: 'Lee Park', handles: ['lee-park'] },
];
const KNOWN = new Set(PEOPLE.map((person) => person.ref));

const ACTIONS = `actionItems:
  - id: AI-1
    title: Add a lint rule that rejects blocking index builds
    owner: dana-kim
    due: 2026-03-20
    status: done
    closed: 2026-03-18
    kind: systemic
  - id: AI-2
    title: Alert when checkout errors double within five minutes
    owner: lee-park
    due: 2026-03-25
    kind: systemic`;

const BODY = `
# Checkout unavailable

## Timeline (UTC)

- 14:02 Checkout errors start.
- 14:05 Dana Kim acknowledges the page.
- 14:31 The migration finishes and orders flow again.

## Root cause

The migration built an index without the concurrent option, which locked the orders table for writes.

## Contributing factors

- Staging has too few rows to show the lock.

## Five whys

1. Why did orders fail? Writes were blocked.

## Detection

The error-rate alert fired after three minutes.

## Recovery

A runbook for aborting migrations would have shortened the outage.
`;

function write(front: string, body = BODY): string {
  return `---\nincident: sextant:INC-7\ntitle: Checkout unavailable\nstatus: published\nauthors: [dana-kim]\npublished: 2026-03-06\n${front}\n---\n${body}`;
}

function parse(text: string): Postmortem {
  const parsed = parsePostmortem('postmortems/inc-7.md', new TextEncoder().encode(text), KNOWN);
  if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
  return parsed.postmortem;
}

function item(text: string, id: string) {
  const found = scorePostmortem(parse(text), PEOPLE).items.find((entry) => entry.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

describe('the postmortem checklist', () => {
  it('passes the nine document items of a complete postmortem and leaves sharing to a reviewer', () => {
    const result = scorePostmortem(parse(write(ACTIONS)), PEOPLE);
    const statuses = Object.fromEntries(result.items.map((entry) => [entry.id, entry.status]));
    expect(statuses).toEqual({
      timeline: 'passed',
      'root-cause': 'passed',
      'contributing-factors': 'passed',
      'action-items': 'passed',
      'root-cause-analysis': 'passed',
      'systemic-fixes': 'passed',
      blameless: 'passed',
      detection: 'passed',
      recovery: 'passed',
      shared: 'needs-sign-off',
    });
    expect(result.passed).toBe(9);
    // The timeline's three entries are in the body, after the 21 lines of front matter.
    const timeline = result.items.find((entry) => entry.id === 'timeline');
    expect(timeline?.lines).toHaveLength(3);
    expect(timeline?.lines.every((line) => line > 21)).toBe(true);
  });

  it('passes sharing once a reviewer signs it off, naming who and when', () => {
    const reviewers =
      'reviewers:\n  - person: lee-park\n    signOffs:\n      - item: shared\n        at: 2026-03-07';
    const shared = item(write(`${reviewers}\n${ACTIONS}`), 'shared');
    expect(shared.status).toBe('passed');
    expect(shared.signedOffBy).toEqual([{ person: 'person:default/lee-park', at: '2026-03-07' }]);
  });

  it('fails a timeline without enough timestamped entries, pointing at its heading', () => {
    const body = BODY.replace('- 14:02 Checkout errors start.\n', '').replace('- 14:05 ', '- ');
    const timeline = item(write(ACTIONS, body), 'timeline');
    expect(timeline.status).toBe('failed');
    expect(timeline.evidence).toContain('1 timestamped entry');
  });

  it('fails a root cause that only describes what users saw', () => {
    const body = BODY.replace(
      /The migration built[^\n]+/,
      'Checkout was down and errors spiked for everyone.',
    );
    const rootCause = item(write(ACTIONS, body), 'root-cause');
    expect(rootCause.status).toBe('failed');
    expect(rootCause.evidence).toContain('not why');
  });

  it('fails action items without an owner or a due day, naming each and its line', () => {
    const actions = 'actionItems:\n  - id: AI-1\n    title: Investigate\n    kind: individual';
    const text = write(actions);
    const result = item(text, 'action-items');
    expect(result.status).toBe('failed');
    expect(result.evidence).toBe('AI-1: no owner, no due date, vague title');
    const line = text.split('\n').findIndex((entry) => entry.includes('id: AI-1')) + 1;
    expect(result.lines).toEqual([line]);
  });

  it('fails systemic fixes when most action items ask individuals to act', () => {
    const actions = `${ACTIONS.replaceAll('kind: systemic', 'kind: individual')}\n  - id: AI-3\n    title: Version the cache keys on every schema change\n    owner: lee-park\n    due: 2026-04-01\n    kind: systemic`;
    const systemic = item(write(actions), 'systemic-fixes');
    expect(systemic.status).toBe('failed');
    expect(systemic.evidence).toBe('only 1 of 3 action items are systemic');
  });

  it('finds detection and recovery improvements among the action items when there is no section', () => {
    const body = BODY.replace(/## Detection[\s\S]*$/, '');
    const actions = `${ACTIONS}\n  - id: AI-3\n    title: Write a runbook for aborting a long migration\n    owner: lee-park\n    due: 2026-04-01\n    kind: systemic`;
    expect(item(write(actions, body), 'detection')).toMatchObject({
      status: 'passed',
      evidence: expect.stringContaining('AI-2'),
    });
    expect(item(write(actions, body), 'recovery')).toMatchObject({
      status: 'passed',
      evidence: expect.stringContaining('AI-3'),
    });
    expect(item(write(ACTIONS.replace('Alert when', 'Stop when'), body), 'detection').status).toBe('failed');
  });
});

describe('blaming language', () => {
  const blame = (sentence: string) => {
    const text = write(
      ACTIONS,
      BODY.replace('## Contributing factors\n', `## Contributing factors\n\n${sentence}\n`),
    );
    return { text, result: item(text, 'blameless') };
  };

  it('flags a person named as the subject of a causal verb, quoting the line', () => {
    const { text, result } = blame('Dana forgot to run the migration check.');
    const line = text.split('\n').indexOf('Dana forgot to run the migration check.') + 1;
    expect(result.status).toBe('failed');
    expect(result.flags).toEqual([
      {
        line,
        quote: 'Dana forgot to run the migration check.',
        person: 'person:default/dana-kim',
        reason: 'names a person as the cause',
      },
    ]);
  });

  it('flags a handle after "caused by" in any case, and a possessive mistake of anyone', () => {
    expect(blame('The outage was caused by DKIM-GH pushing on Friday.').result.flags?.[0]?.person).toBe(
      'person:default/dana-kim',
    );
    expect(blame("It was Sam's mistake.").result.flags?.[0]?.reason).toBe('blames "Sam" for a mistake');
    expect(blame('We put it down to human error.').result.flags?.[0]?.reason).toBe(
      'gives human error as a cause',
    );
  });

  it('does not flag people merely mentioned in the timeline or as owners of follow-ups', () => {
    expect(blame('Lee Park will pair with the team on the lint rule.').result.status).toBe('passed');
    // "Dana Kim acknowledges the page." is already in the timeline.
    expect(blame('The deploy caused errors that Dana noticed first.').result.status).toBe('passed');
  });
});

describe('action items tracked to closure', () => {
  const postmortem = () => parse(write(ACTIONS));

  it('lists an open item past its due day as overdue by whole days, most overdue first', () => {
    const rows = listActionItems([postmortem()], '2026-03-28', { overdueOnly: true });
    expect(rows.map((row) => [row.id, row.daysOverdue])).toEqual([['AI-2', 3]]);
  });

  it('does not count an item due today as overdue, nor a done one', () => {
    expect(listActionItems([postmortem()], '2026-03-25', { overdueOnly: true })).toEqual([]);
    const all = listActionItems([postmortem()], '2026-04-30');
    expect(all.find((row) => row.id === 'AI-1')).toMatchObject({ closedOnTime: true });
    expect(all.find((row) => row.id === 'AI-1')?.daysOverdue).toBeUndefined();
  });

  it("filters by owner's full reference", () => {
    const rows = listActionItems([postmortem()], '2026-04-30', { owner: 'person:default/lee-park' });
    expect(rows.map((row) => row.id)).toEqual(['AI-2']);
  });
});
