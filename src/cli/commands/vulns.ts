import path from 'node:path';
import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import {
  computeVulnerabilitySla,
  importVulnerabilityFiles,
  listOverdueVulnerabilities,
  listVulnerabilityFindings,
  parseFormat,
} from '../../services/vulnerabilities.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';
import { formatFindings, formatImport, formatOverdue, formatSla } from './vulns-text.js';

export async function runVulnsImport(
  files: string[],
  options: { format?: string; repository?: string; source?: string; json?: boolean },
  command: Command,
) {
  const format = options.format === undefined ? undefined : parseFormat(options.format);
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const summary = await importVulnerabilityFiles(
      context.store,
      files.map((file) => ({
        path: path.resolve(file),
        format,
        repository: options.repository,
        source: options.source,
      })),
      new Date(),
    );
    if (options.json) printJson(summary);
    else {
      for (const file of summary.files) say(`  ${file.path}: ${file.findings} findings (${file.format})`);
      printData(formatImport(summary));
    }
  } finally {
    await closeContext(context);
  }
}

export async function runVulnsList(
  options: { team?: string; service?: string; severity?: string; open?: boolean; json?: boolean },
  command: Command,
) {
  const { json, ...query } = options;
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const findings = await listVulnerabilityFindings(context, query, new Date());
    if (json) printJson(findings);
    else printData(formatFindings(findings));
  } finally {
    await closeContext(context);
  }
}

export async function runVulnsSla(
  options: { scope?: string; from?: string; to?: string; json?: boolean },
  command: Command,
) {
  const { json, ...query } = options;
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const report = await computeVulnerabilitySla(context, query, new Date());
    if (json) printJson(report);
    else printData(formatSla(report));
  } finally {
    await closeContext(context);
  }
}

export async function runVulnsOverdue(options: { team?: string; json?: boolean }, command: Command) {
  const { json, ...query } = options;
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    const report = await listOverdueVulnerabilities(context, query, new Date());
    if (json) printJson(report);
    else printData(formatOverdue(report));
  } finally {
    await closeContext(context);
  }
}
