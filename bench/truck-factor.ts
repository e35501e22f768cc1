/**
 * Knowledge concentration on a 100,000-commit repository (issue 5: the truck factor under 2 s after ingest).
 * The repository is the one the git figures ingested when they ran in the same bench run (their first
 * workspace is reused as it is); otherwise `--repo PATH`, or a synthetic repository of `--git-commits N`
 * commits, is ingested here through the CLI first. The figure is the first `readKnowledgeConcentration` of
 * the repository after that ingest, on an open store (as the API server holds one), so it includes whatever
 * the read has to bring up to date; the note adds the warm reads after it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { closeContext, openContext } from '../src/services/context.js';
import { deriveRepositoryName } from '../src/services/git-ingest-plan.js';
import { readKnowledgeConcentration } from '../src/services/knowledge.service.js';
import { buildSyntheticRepository } from './git-synthetic.js';
import { type Figure, median, timeMs } from './measure.js';

const DEFAULT_COMMITS = 100_000;
const WARM_RUNS = 3;

export interface TruckFactorBenchOptions {
  /** The bench run's scratch folder (shared with the git figures). */
  tmp: string;
  cli: string;
  argv: readonly string[];
}

export async function measureTruckFactor(options: TruckFactorBenchOptions): Promise<Figure[]> {
  const given = readFlag(options.argv, '--repo');
  const repo = given ? path.resolve(given) : path.join(options.tmp, 'synthetic-repo');
  // bench/git.ts ingests into this workspace first; reuse it rather than ingesting the history again.
  let workspace = path.join(options.tmp, 'git-workspace');
  const reused = existsSync(path.join(workspace, '.sextant'));
  if (!reused) {
    if (!given && !existsSync(repo)) {
      await buildSyntheticRepository(
        repo,
        Number(readFlag(options.argv, '--git-commits') ?? DEFAULT_COMMITS),
      );
    }
    workspace = path.join(options.tmp, 'truck-factor-workspace');
    runChecked(process.execPath, [options.cli, 'init', workspace]);
    runChecked(process.execPath, [options.cli, '-w', workspace, 'ingest', 'git', repo]);
  }
  const repository = deriveRepositoryName(repo);
  const context = await openContext(workspace);
  try {
    let first: Awaited<ReturnType<typeof readKnowledgeConcentration>> = [];
    const firstMs = await timeMs(async () => {
      first = await readKnowledgeConcentration(context, { repository });
    });
    const warm: number[] = [];
    for (let run = 0; run < WARM_RUNS; run += 1) {
      warm.push(await timeMs(() => readKnowledgeConcentration(context, { repository })));
    }
    const [result] = first;
    if (!result) throw new Error(`no knowledge concentration for ${repository}`);
    return [
      {
        what: `truck factor of one repository (${result.commits.toLocaleString('en')} commits, ${result.files.toLocaleString('en')} files)`,
        value: firstMs / 1000,
        unit: 's',
        target: { op: '≤', value: 2 },
        note:
          `first read after the ingest${reused ? ' of the git figures' : ''}, store open; ` +
          `warm reads ${(median(warm) / 1000).toFixed(2)} s (median of ${WARM_RUNS}); ` +
          `truck factor ${result.truckFactor}, top author ${Math.round(result.topAuthorShare * 100)}% of the files`,
      },
    ];
  } finally {
    await closeContext(context);
  }
}

function readFlag(argv: readonly string[], flag: string): string | undefined {
  const index = argv.indexOf(flag);
  return index === -1 ? undefined : argv[index + 1];
}

function runChecked(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
}
