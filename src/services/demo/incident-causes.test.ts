/**
 * The demo's incident causes: varied enough that the recurrence rate reads like a real organization's,
 * and told by the postmortems as the incidents record them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Postmortem } from '../../domain/postmortem.js';
import type { Incident } from '../../domain/records/incident.js';
import type { PostmortemFact } from '../../metrics/incidents/index.js';
import { toIncidentFact } from '../../metrics/incidents/index.js';
import { computeRecurrence } from '../../metrics/incidents/recurrence.js';
import { parsePostmortem } from '../../workspace/postmortems.js';
import { findService } from './catalog.js';
import { type DemoOutput, generateDemo } from './generate-demo.js';
import { findStory } from './incident-causes.js';
import { readJsonLines } from './read-demo.js';

const AS_OF = '2026-11-23';
const DAY_MS = 86_400_000;

let incidents: Incident[];
let postmortems: Postmortem[];

function readPostmortems(output: DemoOutput): Postmortem[] {
  return output.files
    .filter((file) => file.path.startsWith('postmortems/'))
    .map((file) => {
      const parsed = parsePostmortem(file.path, new TextEncoder().encode(file.content));
      if ('issues' in parsed) throw new Error(`${file.path}: ${JSON.stringify(parsed.issues)}`);
      return parsed.postmortem;
    });
}

/** The recurrence rate of the incidents that started in the `days` before AS_OF. */
function recurrenceOver(days: number) {
  const to = new Date(`${AS_OF}T00:00:00Z`);
  const facts: PostmortemFact[] = postmortems.map((postmortem) => ({
    incident: postmortem.incident,
    status: postmortem.status,
    ...(postmortem.rootCause ? { rootCause: postmortem.rootCause } : {}),
    ...(postmortem.category ? { category: postmortem.category } : {}),
    actionItems: [],
    blameless: true,
  }));
  const result = computeRecurrence({
    incidents: incidents.map(toIncidentFact),
    postmortems: facts,
    window: { from: new Date(to.getTime() - days * DAY_MS), to },
    scope: { kind: 'org' },
  });
  if (result.kind !== 'value') throw new Error(`expected a value, got ${result.kind}`);
  return result.numerator / result.denominator;
}

beforeAll(() => {
  const output = generateDemo({ seed: 1, asOf: AS_OF });
  incidents = readJsonLines(output, 'incident') as unknown as Incident[];
  postmortems = readPostmortems(output);
});

describe('demo incident causes', () => {
  it('puts the recurrence rate between 15% and 30% over the last twelve weeks and over the year', () => {
    for (const days of [84, 275]) {
      const rate = recurrenceOver(days);
      expect(rate, `over ${days} days`).toBeGreaterThanOrEqual(0.15);
      expect(rate, `over ${days} days`).toBeLessThanOrEqual(0.3);
    }
  });

  it('gives no root cause to more than one resolved incident in ten', () => {
    const causes = incidents.flatMap((incident) => (incident.rootCause ? [incident.rootCause] : []));
    const counts = new Map<string, number>();
    for (const cause of causes) counts.set(cause, (counts.get(cause) ?? 0) + 1);
    expect(causes.length).toBeGreaterThan(100);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(causes.length / 10);
  });

  it('has every postmortem state the root cause and category of the incident it reviews', () => {
    const byId = new Map(incidents.map((incident) => [`${incident.source}:${incident.key}`, incident]));
    expect(postmortems.length).toBeGreaterThan(10);
    for (const postmortem of postmortems) {
      const incident = byId.get(postmortem.incident);
      expect(postmortem.rootCause, postmortem.file).toBe(incident?.rootCause);
      expect(postmortem.category, postmortem.file).toBe(incident?.category);
    }
  });

  it('tells in each postmortem the story of its own root cause', () => {
    const byId = new Map(incidents.map((incident) => [`${incident.source}:${incident.key}`, incident]));
    const textOf = (postmortem: Postmortem, heading: string) =>
      postmortem.sections
        .find((section) => section.heading === heading)
        ?.lines.map((line) => line.text)
        .join(' ')
        .trim() ?? '';
    for (const postmortem of postmortems) {
      const service = findService(byId.get(postmortem.incident)?.service ?? '');
      const story = findStory(postmortem.rootCause, service.title);
      expect(story, postmortem.file).toBeDefined();
      expect(textOf(postmortem, 'Root cause'), postmortem.file).toContain(postmortem.rootCause);
      expect(textOf(postmortem, 'Detection'), postmortem.file).toBe(story?.detection);
    }
  });
});
