/**
 * A git ingest as the command line runs it, start to end: validate the workspace, work out what the run
 * would read, answer a re-run with nothing new from the last run's mark (git-ingest-mark.ts) without
 * starting the database, and otherwise open the store, ingest, refresh the metric facts, close, and leave
 * a new mark. The store and the ingest code are loaded only when there is something to do, which keeps
 * the nothing-new answer to a fraction of a second.
 */
import { loadWorkspace } from '../workspace/index.js';
import type { GitIngestProgress, GitIngestSummary, StartedCommitLog } from './git-ingest.service.js';
import { findUnchangedGitIngest, isUnmarkedGitIngest, markGitIngested } from './git-ingest-mark.js';
import { type GitIngestRequest, planGitIngest } from './git-ingest-plan.js';
import { findEmbeddedDataDir } from './store-location.js';

export async function runGitIngest(
  workspaceDir: string,
  request: GitIngestRequest,
  onProgress?: (progress: GitIngestProgress) => void,
): Promise<GitIngestSummary> {
  const workspace = await loadWorkspace(workspaceDir);
  const plan = await planGitIngest(request);
  const dataDir = findEmbeddedDataDir(workspace.dir);
  const unchanged = dataDir ? await findUnchangedGitIngest(dataDir, plan) : null;
  if (unchanged) return unchanged;
  // A first ingest reads the whole history: git starts on it while the database starts (a second or so
  // of one core otherwise idle). The store's cursor is checked before a commit is written.
  let started: StartedCommitLog | undefined;
  if (dataDir && (await isUnmarkedGitIngest(dataDir, plan.repository))) {
    const { openCommitLog } = await import('../connectors/git/client.js');
    const log = openCommitLog(plan.repoPath, { include: plan.refs.tips, exclude: [] });
    log.catch(() => undefined);
    started = { exclude: [], log };
  }
  let summary: GitIngestSummary;
  try {
    const [{ openContext, closeContext }, { ingestGitRepository }, { refreshMetricFacts }] =
      await Promise.all([
        import('./context.js'),
        import('./git-ingest.service.js'),
        import('./metric-facts.service.js'),
      ]);
    const context = await openContext(workspace.dir, workspace);
    try {
      summary = await ingestGitRepository(context.store, { ...request, onProgress }, plan, started);
      await refreshMetricFacts(context);
    } finally {
      await closeContext(context);
    }
  } finally {
    await started?.log.then(
      (log) => log.close(),
      () => undefined,
    );
  }
  // After the close, so the mark holds the stamp the database was left with.
  if (dataDir) await markGitIngested(dataDir, plan, summary);
  return summary;
}
