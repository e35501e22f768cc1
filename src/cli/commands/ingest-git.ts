import type { Command } from 'commander';
import type { GitIngestProgress, GitIngestSummary } from '../../services/git-ingest.service.js';
import { runGitIngest } from '../../services/git-ingest-run.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson, say } from '../output.js';

export interface IngestGitOptions {
  repository?: string;
  service?: string;
  deployTags?: string;
  deployBranch?: string;
  includeRefs?: string[];
  json?: boolean;
}

export async function runIngestGit(repoPath: string, options: IngestGitOptions, command: Command) {
  const summary = await runGitIngest(
    resolveWorkspaceDir(command),
    {
      path: repoPath,
      repository: options.repository,
      includeRefs: options.includeRefs,
      deployments: { service: options.service, tags: options.deployTags, branch: options.deployBranch },
    },
    reportGitProgress,
  );
  if (options.json) {
    printJson(summary);
    return;
  }
  printData(formatGitSummary(summary).join('\n'));
}

const count = (n: number) => n.toLocaleString('en');

/** Progress on stderr, one line per chunk written. */
export function reportGitProgress(progress: GitIngestProgress): void {
  const left = progress.secondsLeft === null ? '' : `, about ${Math.ceil(progress.secondsLeft)} s left`;
  say(
    `  ${count(progress.records)}${progress.total === null ? '' : ` of ${count(progress.total)}`} commits ` +
      `(${count(Math.round(progress.ratePerSecond))}/s${left})`,
  );
}

export function formatGitSummary(summary: GitIngestSummary): string[] {
  const since = summary.newSince ? `new since ${summary.newSince}` : 'whole history';
  const { commit, tag, deployment } = summary.written;
  const lines = [
    `git ${summary.repository} (${summary.path}): ${count(summary.commits)} commits read (${since})`,
    `commit: ${count(commit.inserted)} new, ${count(commit.updated)} updated, ${count(commit.unchanged)} unchanged`,
    `tag: ${count(summary.tags)} read, ${count(tag.inserted)} new, ${count(tag.updated)} updated`,
  ];
  if (summary.deployments > 0) {
    lines.push(
      `deployment: ${count(summary.deployments)} detected, ${count(deployment.inserted)} new, ` +
        `${count(deployment.updated)} updated`,
    );
  }
  if (summary.skipped > 0) {
    lines.push(`skipped ${count(summary.skipped)} malformed entries:`);
    lines.push(...summary.issues.map((issue) => `  ${issue.record ?? ''}: ${issue.message}`));
  }
  return lines;
}
