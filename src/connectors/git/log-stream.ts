/**
 * Reads the commit graph with file stats using both cores. `git log --numstat` is bound by diffing, one
 * core, so the history is shared between two `git log` processes, each reading a contiguous stretch newest
 * first (neighbouring commits share delta bases in the pack: interleaving measured ~30% more CPU, reading
 * oldest first ~16% more).
 *
 * The first process starts at once from the ref tips, as a plain `git log` would, while `git rev-list`
 * lists the commits (cheap: no diffs; it also gives the exact count for the time-left estimate). Then the
 * second takes the older half of what is left. Halves by count are not halves of the work: in a history
 * whose files grow, newer commits cost far more to diff, and a fixed split measured one process idle for
 * the last quarter of the run. So whenever a process finishes its stretch, it takes the older half of
 * what the other has left, which then stops where the new stretch begins (stopped by us once its output
 * reaches that commit; whatever it read past it is dropped). Each commit is yielded once.
 *
 * Positions in the list are trusted only after checking them: each parsed commit is compared with the
 * list at its expected place, and if git ever printed them in another order, stretches are no longer cut
 * and any commit left unread at the end gets a last process of its own.
 */
import { runGit } from './git-process.js';
import { LOG_FORMAT, type RawLogEntry } from './log-parser.js';
import { type LogWorker, startWorker } from './log-worker.js';

export interface CommitLogRequest {
  /** Commits (ref tips) whose history to read. */
  include: readonly string[];
  /** Commits whose history was read before (the cursor); unknown ones are ignored. */
  exclude?: readonly string[];
  /** Below this many commits a stretch is not split for a second process; 2,000 by default. */
  minSplit?: number;
}

export interface CommitLog {
  /** Commits that will be read: null until the list is made, a second or two into a large read. */
  readonly total: number | null;
  /** Parsed commits in batches as they arrive, each commit once; stops the git processes if the consumer stops early. */
  batches: AsyncIterable<RawLogEntry[]>;
  /** Stops the git processes of a log that will not be read (or not to its end). */
  close(): Promise<void>;
}

const MIN_SPLIT = 2_000;
/** How long to let git write before reading again once every file is read up to its end. */
const CATCH_UP_WAIT_MS = 50;
const LOG_ARGS = ['log', '--numstat', '-M', `--format=${LOG_FORMAT}`, '--date=raw'];
const LIST_ARGS = [...LOG_ARGS, '--no-walk=unsorted', '--stdin'];

export async function openCommitLog(repoPath: string, request: CommitLogRequest): Promise<CommitLog> {
  if (request.include.length === 0) {
    return { total: 0, batches: (async function* () {})(), close: async () => undefined };
  }
  const revisions = `${[...request.include, ...(request.exclude ?? []).map((sha) => `^${sha}`)].join('\n')}\n`;
  const listing = runGit(repoPath, ['rev-list', '--stdin', '--ignore-missing'], revisions).then((output) =>
    output.split('\n').filter((line) => line !== ''),
  );
  // Settled here too, so a failure while the first process still runs is never an unhandled rejection;
  // the stream awaits `listing` itself and throws it.
  listing.catch(() => undefined);
  const first = await startWorker(repoPath, [...LOG_ARGS, '--ignore-missing', '--stdin'], revisions);
  const reader = new StretchReader(repoPath, request.minSplit ?? MIN_SPLIT);
  return {
    get total() {
      return reader.list?.length ?? null;
    },
    batches: reader.read(first, listing),
    close: () => reader.close(first),
  };
}

/** A process reading list positions [start, end), newest first; `next` is the position of its next commit. */
interface Stretch {
  worker: LogWorker;
  next: number;
  end: number;
}

class StretchReader {
  list: string[] | null = null;
  private readonly stretches: Stretch[] = [];
  private readonly seen = new Set<string>();
  /** False once git printed a commit somewhere other than its place in the list. */
  private ordered = true;

  constructor(
    private readonly repoPath: string,
    private readonly minSplit: number,
  ) {}

  async *read(first: LogWorker, listing: Promise<string[]>): AsyncGenerator<RawLogEntry[]> {
    this.stretches.push({ worker: first, next: 0, end: Number.POSITIVE_INFINITY });
    let listed = false;
    listing.then(
      (list) => {
        this.list = list;
      },
      () => undefined,
    );
    try {
      while (this.stretches.length > 0 || !listed) {
        if (!listed && this.list) {
          listed = true;
          const [head] = this.stretches;
          if (head) head.end = this.list.length;
          await this.rebalance();
        }
        let behind = false;
        for (const stretch of [...this.stretches]) {
          const fresh = this.accept(stretch, await stretch.worker.read());
          if (fresh.length > 0) yield fresh;
          behind ||= stretch.worker.filled;
          if (stretch.worker.done || stretch.next >= stretch.end) await this.finish(stretch);
        }
        if (this.stretches.length === 0 && !listed) await listing;
        // Caught up with every git: wait for a good slice (or an exit) rather than polling for the few
        // kilobytes written since, which measured seconds of CPU taken from git on a large history.
        else if (!behind && this.stretches.length > 0) {
          await Promise.race(this.stretches.map((stretch) => stretch.worker.changed(CATCH_UP_WAIT_MS)));
        }
      }
      const missing = (this.list ?? []).filter((sha) => !this.seen.has(sha));
      if (missing.length > 0) {
        const worker = await startWorker(this.repoPath, LIST_ARGS, `${missing.join('\n')}\n`);
        this.stretches.push({ worker, next: 0, end: Number.POSITIVE_INFINITY });
        yield* this.drain();
      }
    } finally {
      for (const stretch of this.stretches) await stretch.worker.stop();
    }
  }

  async close(first: LogWorker): Promise<void> {
    await first.stop();
    for (const stretch of this.stretches) await stretch.worker.stop();
  }

  /** The commits of a read that are in the stretch and not seen before; moves the stretch on. */
  private accept(stretch: Stretch, entries: RawLogEntry[]): RawLogEntry[] {
    const fresh: RawLogEntry[] = [];
    for (const entry of entries) {
      const sha = entry.fields[0] ?? '';
      const position = stretch.next;
      stretch.next += 1;
      if (this.list && this.list[position] !== sha) this.ordered = false;
      if (position >= stretch.end && this.ordered) continue;
      if (this.seen.has(sha)) continue;
      this.seen.add(sha);
      fresh.push(entry);
    }
    return fresh;
  }

  private async finish(stretch: Stretch): Promise<void> {
    await stretch.worker.stop();
    this.stretches.splice(this.stretches.indexOf(stretch), 1);
    await this.rebalance();
  }

  /** While a process is free, gives it the older half of the longest stretch left. */
  private async rebalance(): Promise<void> {
    const list = this.list;
    if (!list || !this.ordered) return;
    while (this.stretches.length < 2) {
      const [busy] = this.stretches;
      const from = busy ? busy.next : list.length;
      const to = busy ? busy.end : list.length;
      if (to - from < 2 * this.minSplit) return;
      const middle = from + Math.ceil((to - from) / 2);
      const worker = await startWorker(this.repoPath, LIST_ARGS, `${list.slice(middle, to).join('\n')}\n`);
      if (busy) busy.end = middle;
      this.stretches.push({ worker, next: middle, end: to });
    }
  }

  /** Reads the remaining processes to their end (the last resort for commits left unread). */
  private async *drain(): AsyncGenerator<RawLogEntry[]> {
    for (const stretch of [...this.stretches]) {
      while (!stretch.worker.done) {
        const fresh = this.accept(stretch, await stretch.worker.read());
        if (fresh.length > 0) yield fresh;
        if (!stretch.worker.filled && !stretch.worker.done) await stretch.worker.changed(CATCH_UP_WAIT_MS);
      }
      await this.finish(stretch);
    }
  }
}
