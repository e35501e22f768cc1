/**
 * One entry for every vulnerability format: which format a payload is in (named, or recognized from its
 * file name and shape), and the mapper that reads it. JSON is parsed here so a syntax error is reported at
 * its line and column like any other problem.
 */
import type { Issue } from '../../domain/errors.js';
import { VULNERABILITY_FORMATS, type VulnerabilityFormat } from '../../domain/vulnerability.js';
import type { MapContext, MapOutcome } from './map-common.js';
import { mapVulnerabilityCsv } from './map-csv.js';
import { mapDependabotAlerts } from './map-dependabot.js';
import { mapSarifLog } from './map-sarif.js';

export type { MapContext, MapOutcome } from './map-common.js';

export interface MappedPayload extends MapOutcome {
  format: VulnerabilityFormat | null;
}

/** Maps a payload's text in the given format, or the format its name and content show. */
export function mapVulnerabilityText(
  text: string,
  context: MapContext,
  format?: VulnerabilityFormat,
): MappedPayload {
  const isCsv = format === 'csv' || (format === undefined && /\.csv$/i.test(context.file));
  if (isCsv) return { format: 'csv', ...mapVulnerabilityCsv(text, context) };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return {
      format: format ?? null,
      findings: [],
      issues: [toJsonIssue(text, error as Error, context.file)],
    };
  }
  return mapVulnerabilityJson(payload, context, format);
}

/** Maps a parsed JSON payload: Dependabot alerts or a SARIF log. */
export function mapVulnerabilityJson(
  payload: unknown,
  context: MapContext,
  format?: VulnerabilityFormat,
): MappedPayload {
  const detected = format ?? detectJsonFormat(payload);
  if (detected === 'dependabot') return { format: detected, ...mapDependabotAlerts(payload, context) };
  if (detected === 'sarif') return { format: detected, ...mapSarifLog(payload, context) };
  const issue: Issue = {
    file: context.file,
    message: detected === 'csv' ? 'is JSON, not CSV' : 'is in no vulnerability format Sextant reads',
    expected: `${VULNERABILITY_FORMATS.join(', ')}: a JSON array of Dependabot alerts, a SARIF 2.1.0 log, or CSV`,
  };
  return { format: null, findings: [], issues: [issue] };
}

function detectJsonFormat(payload: unknown): VulnerabilityFormat | null {
  if (Array.isArray(payload)) return 'dependabot';
  if (typeof payload !== 'object' || payload === null) return null;
  if ('runs' in payload || 'version' in payload) return 'sarif';
  if ('alert' in payload) return 'dependabot';
  return null;
}

function toJsonIssue(text: string, error: Error, file: string): Issue {
  const position = /position (\d+)/.exec(error.message)?.[1];
  const where: { line?: number; column?: number } = {};
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    where.line = before.split('\n').length;
    where.column = Number(position) - before.lastIndexOf('\n');
  }
  return { file, ...where, message: `is not valid JSON: ${error.message}`, expected: 'a JSON document' };
}
