/**
 * Reading model/rituals.yaml: each ritual validated on its own, its owner and audience resolved against
 * the loaded model, its cadence completed with the workspace time zone and fiscal year when it does not
 * name its own. An unknown owner or audience, a bad cadence or a duplicate name is an issue at its line.
 */

import { z } from 'zod';
import { partySchema } from '../domain/decision-rights.js';
import type { Issue } from '../domain/errors.js';
import { type AudienceMember, type Ritual, type RitualSpec, ritualSchema } from '../domain/ritual.js';
import type { WorkspaceConfig } from '../domain/workspace-config.js';
import { knownRefs, type ModelDirectory, partyResolver } from './decision-rights.js';
import { fromZodIssues, issueAt } from './issues.js';
import { checkDeclaredRef, eachValidItem } from './side-file.js';
import { locate, type YamlSource } from './yaml-source.js';

export const RITUALS_FILE = 'model/rituals.yaml';

const ritualsFileSchema = z.strictObject({ rituals: z.array(z.unknown()).nullish() });

export interface RitualsRead {
  rituals: Ritual[];
  issues: Issue[];
  file?: string;
}

type CalendarSettings = Pick<WorkspaceConfig, 'timezone' | 'fiscalYearStart'>;

export function parseRituals(
  source: YamlSource,
  directory: ModelDirectory,
  settings: CalendarSettings,
): RitualsRead {
  const top = ritualsFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { rituals: [], issues: fromZodIssues(source, ritualsFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const resolve = partyResolver(source, directory, issues);
  const people = knownRefs(directory, 'person');
  const names = new Map<string, number>();
  const rituals: Ritual[] = [];
  eachValidItem(source, 'rituals', top.data.rituals, ritualSchema, issues, (spec, at) => {
    const earlier = names.get(spec.name);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, [...at, 'name'], {
          message: `another ritual is already named "${spec.name}"`,
          found: `${spec.name}, first used on line ${earlier}`,
          expected: 'a unique ritual name',
        }),
      );
      return;
    }
    names.set(spec.name, locate(source, [...at, 'name']).line);
    const owner = checkDeclaredRef(source, 'person', spec.owner, [...at, 'owner'], people, issues).ref;
    const audience = spec.audience.map((text, position): AudienceMember => {
      const where = [...at, 'audience', position];
      if (text.trim().toLowerCase() === 'leadership') return { kind: 'leadership', ref: 'leadership' };
      const party = partySchema.safeParse(text);
      if (!party.success) return { kind: 'role', ref: text };
      const resolved = resolve(party.data, where);
      return { kind: resolved.kind, ref: resolved.ref };
    });
    rituals.push(toRitual(spec, owner, audience, settings));
  });
  return { rituals, issues };
}

function toRitual(
  spec: RitualSpec,
  owner: string,
  audience: AudienceMember[],
  settings: CalendarSettings,
): Ritual {
  const { cadence } = spec;
  const monthly = cadence.every === 'monthly' || cadence.every === 'quarterly';
  return {
    name: spec.name,
    title: spec.title,
    cadence: {
      every: cadence.every,
      day: cadence.day,
      week: monthly ? (cadence.week ?? 1) : null,
      month: cadence.every === 'quarterly' ? (cadence.month ?? 1) : null,
      time: cadence.time,
      durationMinutes: cadence.duration ?? 60,
      timezone: cadence.timezone ?? settings.timezone,
      starts: cadence.starts ?? null,
      until: cadence.until ?? null,
      fiscalYearStart: settings.fiscalYearStart,
    },
    owner,
    audience,
    pack: spec.pack,
    agenda: spec.agenda,
    notes: spec.notes ?? null,
  };
}
