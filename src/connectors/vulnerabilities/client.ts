/**
 * Reading vulnerability files: Dependabot alert JSON, SARIF (`.sarif`, `.json`) and CSV. A file is read
 * whole (scanner outputs are small next to the commit history) as strict UTF-8, then handed to the pure
 * mappers; a missing or undecodable file is one more issue, so a run reports every problem at once.
 */
import { readFile } from 'node:fs/promises';
import type { VulnerabilityFormat } from '../../domain/vulnerability.js';
import { type MappedPayload, mapVulnerabilityText } from './map.js';

export interface VulnerabilityFileOptions {
  format?: VulnerabilityFormat | undefined;
  repository?: string | undefined;
  source?: string | undefined;
  /** The import time, ISO: when a scan that gives no times was observed. */
  observedAt: string;
}

export async function readVulnerabilityFile(
  file: string,
  options: VulnerabilityFileOptions,
): Promise<MappedPayload> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`;
    return { format: options.format ?? null, findings: [], issues: [{ file, message }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return {
      format: options.format ?? null,
      findings: [],
      issues: [{ file, message: 'contains bytes that are not UTF-8', expected: 'UTF-8 text' }],
    };
  }
  return mapVulnerabilityText(
    text,
    { file, source: options.source, repository: options.repository, observedAt: options.observedAt },
    options.format,
  );
}
