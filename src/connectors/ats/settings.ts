/**
 * What both ATS mappers check an export against: the pipeline from registers/hiring.yaml, the positions of
 * the plan, the scorecard dimensions, the stage names the tracker uses, and how an interviewer's name is
 * resolved to a person (people.yaml name, display name or e-mail; unmatched names are kept, never guessed).
 */

import type { Issue } from '../../domain/errors.js';
import type { AtsImport } from '../../domain/hiring.js';

export interface AtsMapSettings {
  /** The file as shown in messages (relative to the workspace). */
  file: string;
  /** Source name, the prefix of every stable id. */
  source: string;
  stages: readonly string[];
  dimensions: readonly string[];
  /** Position id → the ATS job id it answers to (its own id when it has none). */
  positions: readonly { id: string; atsJob: string | null }[];
  /** Tracker stage name (any case) → pipeline stage id. */
  stageNames?: Readonly<Record<string, string>>;
  matchPerson: (name: string) => string | null;
}

export type AtsMapResult = { kind: 'ok'; data: AtsImport } | { kind: 'invalid'; issues: Issue[] };

/** The pipeline stage a tracker stage name stands for: the mapping first, then the name as an id. */
export function toStageId(name: string, settings: AtsMapSettings): string | null {
  const mapped = Object.entries(settings.stageNames ?? {}).find(
    ([key]) => key.toLowerCase() === name.trim().toLowerCase(),
  );
  if (mapped) return mapped[1];
  const id = name.trim().toLowerCase().replace(/\s+/g, '-');
  return settings.stages.includes(id) ? id : null;
}

/** An ISO date (taken as midnight UTC) or an ISO date-time with an offset, as an ISO instant; else null. */
export function toInstant(text: string): string | null {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = new Date(`${value}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value
      ? null
      : date.toISOString();
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export const STAGE_EXPECTED = (settings: AtsMapSettings) =>
  `a pipeline stage of registers/hiring.yaml (${settings.stages.join(', ')}) or a name mapped to one under the import's stages:`;
