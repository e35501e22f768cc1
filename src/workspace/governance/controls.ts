/**
 * Reading registers/controls.yaml: each control validated on its own, its id looked up in the built-in
 * catalog (SOC 2, ISO 27001:2022 Annex A, GDPR), its owner, teams and services resolved against the model.
 * An unknown control id, an unknown reference or a control listed twice is an issue at its line.
 */
import { z } from 'zod';
import { type Control, controlSchema, DEFAULT_FRESHNESS_DAYS, FRAMEWORKS } from '../../domain/control.js';
import type { Issue } from '../../domain/errors.js';
import { findCatalogControl } from '../../governance/control-catalog.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { checkDeclaredRef, eachValidItem } from '../side-file.js';
import { locate, readYamlSource, type YamlSource } from '../yaml-source.js';
import { checkServiceRef } from './links.js';
import type { GovernanceDirectory, PartReader } from './part.js';

export const CONTROLS_FILE = 'registers/controls.yaml';

const controlsFileSchema = z.strictObject({ controls: z.array(z.unknown()).nullish() });

export const readControls: PartReader<Control[]> = async (context) => {
  const read = await readYamlSource(context.root, CONTROLS_FILE);
  if (read.kind === 'missing') return { value: [], issues: [], files: [] };
  if (read.kind === 'invalid') return { value: [], issues: read.issues, files: [CONTROLS_FILE] };
  const parsed = parseControls(read.source, context.directory);
  return { value: parsed.controls, issues: parsed.issues, files: [CONTROLS_FILE] };
};

export function parseControls(
  source: YamlSource,
  directory: GovernanceDirectory,
): { controls: Control[]; issues: Issue[] } {
  const top = controlsFileSchema.safeParse(source.data ?? {});
  if (!top.success)
    return { controls: [], issues: fromZodIssues(source, controlsFileSchema, top.error.issues) };
  const issues: Issue[] = [];
  const controls: Control[] = [];
  const seen = new Map<string, number>();
  eachValidItem(source, 'controls', top.data.controls, controlSchema, issues, (spec, at) => {
    const before = issues.length;
    const entry = findCatalogControl(spec.id);
    if (!entry) {
      issues.push(
        issueAt(source, [...at, 'id'], {
          message: `unknown control "${spec.id}"`,
          found: spec.id,
          expected: `framework:control with a framework of ${FRAMEWORKS.join(', ')} and a control of its catalog, e.g. soc2:CC6.1, iso27001:A.8.13, gdpr:art-32 (see \`sextant controls catalog\`)`,
        }),
      );
      return;
    }
    const id = `${entry.framework}:${entry.control}`;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      issues.push(
        issueAt(source, [...at, 'id'], {
          message: `control ${id} is listed twice`,
          found: `${spec.id}, first listed on line ${earlier}`,
          expected: 'each control once',
        }),
      );
      return;
    }
    seen.set(id, locate(source, [...at, 'id']).line);
    const owner = checkDeclaredRef(
      source,
      'person',
      spec.owner,
      [...at, 'owner'],
      directory.people,
      issues,
    ).ref;
    const teams = spec.teams.map(
      (team, index) =>
        checkDeclaredRef(source, 'team', team, [...at, 'teams', index], directory.teams, issues).ref,
    );
    const services = spec.services.map((service, index) =>
      checkServiceRef(source, service, [...at, 'services', index], directory, issues),
    );
    if (issues.length > before) return;
    const freshness = spec.freshness ?? DEFAULT_FRESHNESS_DAYS;
    controls.push({
      id,
      framework: entry.framework,
      control: entry.control,
      title: entry.title,
      owner,
      teams,
      services,
      evidence: spec.evidence.map((item) => ({
        title: item.title,
        link: item.link,
        collected: item.collected,
        freshnessDays: item.freshness ?? freshness,
      })),
      reviewed: spec.reviewed ?? null,
      nextReview: spec.nextReview ?? null,
      notes: spec.notes ?? null,
    });
  });
  return { controls, issues };
}
