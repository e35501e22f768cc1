/**
 * A synthetic git history for the git ingest benchmark, written with `git fast-import`. It is shaped like a
 * real service repository, because what `git log --numstat` pays per commit (walking the trees, inflating
 * and diffing the blobs) against what the ingest pays per commit and per file is the ratio the target
 * measures: a thousand files of 20 to 620 lines (most of them short) in nested folders, one hunk of 1 to 8
 * lines edited, added or removed in each of one to four files a commit, a feature branch merged every 50
 * commits, a rename every 200, a binary file now and then, and a tag every 500 (annotated and lightweight
 * in turn).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';

const FILES = 1_000;
/** File lengths run from 20 to 620 lines, most of them short (median ~170), as source files do. */
const MIN_LINES = 20;
const SPREAD_LINES = 600;
/** Each touched file gets one hunk of 1 to this many lines: edited, added or removed. */
const MAX_HUNK = 8;
/** Files a commit touches: 1 to this many. */
const MAX_FILES_PER_COMMIT = 4;
const MERGE_EVERY = 50;
const RENAME_EVERY = 200;
const TAG_EVERY = 500;
const START_EPOCH = 1_600_000_000;
const OFFSETS = ['+0000', '+0530', '-0800', '+0100', '-0300'];

/** A small deterministic generator, so two runs build the same repository. */
function createRandom(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state % below;
  };
}

export async function buildSyntheticRepository(dir: string, commits: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  await run('git', ['init', '-q', '-b', 'main', dir]);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], {
    cwd: dir,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const closed = once(child, 'close');
  const write = async (text: string | Buffer) => {
    if (!child.stdin.write(text)) await once(child.stdin, 'drain');
  };
  const random = createRandom(7);
  const paths = Array.from({ length: FILES }, (_, i) => `src/module-${i % 40}/part-${i % 7}/file-${i}.ts`);
  const contents = paths.map((_, i) => {
    const fraction = random(1_000) / 1_000;
    const length = MIN_LINES + Math.floor(fraction * fraction * SPREAD_LINES);
    return Array.from({ length }, (_, line) => `export const value${line} = ${i * 1_000 + line}; // initial`);
  });
  let mark = 0;
  let mainMark = 0;
  let time = START_EPOCH;
  const emitCommit = async (ref: string, from: number, changes: string, merge = 0): Promise<number> => {
    mark += 1;
    time += 60 + random(3_600);
    const offset = OFFSETS[random(OFFSETS.length)] ?? '+0000';
    const who = random(30);
    const message = `change ${mark}\n`;
    await write(
      `commit ${ref}\nmark :${mark}\n` +
        `author Dev ${who} <dev${who}@example.com> ${time - random(7_200)} ${offset}\n` +
        `committer Dev ${who} <dev${who}@example.com> ${time} ${offset}\n` +
        `data ${Buffer.byteLength(message)}\n${message}` +
        (from ? `from :${from}\n` : '') +
        (merge ? `merge :${merge}\n` : '') +
        changes +
        '\n',
    );
    return mark;
  };
  const touched = new Set<number>();
  const modify = (index: number) => {
    touched.add(index);
    const lines = contents[index] ?? [];
    const size = 1 + random(MAX_HUNK);
    const at = random(lines.length);
    const kind = random(10);
    if (kind < 2) {
      // Added lines.
      const added = Array.from({ length: size }, (_, n) => `export const extra${mark}x${n} = ${mark + n};`);
      lines.splice(at, 0, ...added);
    } else if (kind < 3 && lines.length > MIN_LINES + size) {
      // Removed lines.
      lines.splice(at, size);
    } else {
      // Edited lines.
      for (let n = at; n < Math.min(at + size, lines.length); n += 1) {
        lines[n] = `export const value${n} = ${mark}; // edited in ${mark}`;
      }
    }
    const data = `${lines.join('\n')}\n`;
    return `M 100644 inline ${paths[index]}\ndata ${Buffer.byteLength(data)}\n${data}`;
  };
  const editSome = (bucket: (index: number) => boolean) => {
    let changes = '';
    const count = 1 + random(MAX_FILES_PER_COMMIT);
    for (let n = 0; n < count; n += 1) {
      let index = random(FILES);
      while (!bucket(index)) index = (index + 1) % FILES;
      changes += modify(index);
    }
    return changes;
  };
  const onMain = (index: number) => index % 10 !== 0;
  const onFeature = (index: number) => index % 10 === 0;

  mainMark = await emitCommit('refs/heads/main', 0, paths.map((_, index) => modify(index)).join(''));
  let made = 1;
  while (made < commits) {
    if (made % MERGE_EVERY === 0 && commits - made >= 5) {
      let feature = mainMark;
      touched.clear();
      for (let n = 0; n < 3; n += 1)
        feature = await emitCommit('refs/heads/feature', feature, editSome(onFeature));
      const fromFeature = [...touched];
      mainMark = await emitCommit('refs/heads/main', mainMark, editSome(onMain));
      const merged = fromFeature.map((index) => {
        const text = `${(contents[index] ?? []).join('\n')}\n`;
        return `M 100644 inline ${paths[index]}\ndata ${Buffer.byteLength(text)}\n${text}`;
      });
      mainMark = await emitCommit('refs/heads/main', mainMark, merged.join(''), feature);
      made += 5;
      continue;
    }
    let changes = editSome(onMain);
    if (made % RENAME_EVERY === 0) {
      const index = 1 + random(FILES - 1);
      if (onMain(index)) {
        const renamed = (paths[index] ?? '').replace('/part-', '/moved-part-');
        changes += `R ${paths[index]} ${renamed}\n`;
        paths[index] = renamed;
      }
    }
    if (made % 997 === 0) changes += `M 100644 inline assets/image-${made}.bin\ndata 4\n\0\x01\x02\x03\n`;
    mainMark = await emitCommit('refs/heads/main', mainMark, changes);
    made += 1;
    if (made % TAG_EVERY === 0) {
      const name = `v1.${made / TAG_EVERY}.0`;
      if ((made / TAG_EVERY) % 2 === 0) await write(`reset refs/tags/${name}\nfrom :${mainMark}\n\n`);
      else {
        const message = `release ${name}\n`;
        await write(
          `tag ${name}\nfrom :${mainMark}\ntagger Release <release@example.com> ${time + 60} +0000\n` +
            `data ${Buffer.byteLength(message)}\n${message}\n`,
        );
      }
    }
  }
  await write('done\n');
  child.stdin.end();
  const [code] = await closed;
  if (code !== 0) throw new Error(`git fast-import exited with ${code}`);
  await run('git', ['-C', dir, 'reset', '-q', '--hard', 'main']);
}

async function run(command: string, args: string[]): Promise<void> {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const [code] = await once(child, 'close');
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
}
