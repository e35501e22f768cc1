/**
 * The files each commit touches, as `git log --numstat` with rename detection reports them. Every
 * repository has a small, stable layout: a few modules named after the service's topics (so the same
 * files are touched again and again), a test beside each source file, and the usual config and docs
 * files. The layout follows the language the service is written in (TypeScript, a React web app,
 * Python for the ML services, Java for the legacy WMS adapter).
 *
 * What a commit touches follows its subject: `feat`/`fix`/`refactor` change the topic's module and its
 * tests, `test` mostly tests, `chore` the manifests, lock files or CI config, `docs` the README and
 * runbook. Now and then a feature adds a file, a refactor renames one (`oldPath`), and rarely a binary
 * file (an image, a fixture, a vendored jar) changes, counting no lines. The commit's planned line counts
 * are split over its text files, so the commit's totals always equal the sums over its files.
 */
import type { CommitFile } from '../../domain/records/commit.js';
import type { PlannedCommit } from './activity-pull-requests.js';
import { type CatalogService, findService } from './catalog.js';
import type { Random } from './random.js';

interface Layout {
  /** Names of source files in a module, before any rename. */
  stems: readonly string[];
  /** Module directory name from a topic. */
  module: (topic: string) => string;
  source: (module: string, stem: string) => string;
  test: (module: string, stem: string) => string;
  dependencies: readonly string[];
  config: readonly string[];
  ci: readonly string[];
  release: readonly string[];
  deployConfig: readonly string[];
  docs: readonly string[];
  binary: (module: string) => readonly string[];
}

const kebab = (topic: string) =>
  topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const snake = (topic: string) => kebab(topic).replace(/-/g, '_');
const pascal = (text: string) =>
  kebab(text)
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

const COMMON_DOCS = ['README.md', 'docs/runbook.md', 'docs/architecture.md', 'CHANGELOG.md'];
const CI = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];

const TYPESCRIPT: Layout = {
  stems: ['index', 'service', 'handler', 'repository', 'mapper', 'client', 'validation', 'types', 'events'],
  module: kebab,
  source: (module, stem) => `src/${module}/${stem}.ts`,
  test: (module, stem) => `test/${module}/${stem}.test.ts`,
  dependencies: ['package.json', 'package-lock.json'],
  config: ['tsconfig.json', 'biome.json', 'Dockerfile', 'deploy/values.yaml'],
  ci: CI,
  release: ['package.json', 'CHANGELOG.md'],
  deployConfig: ['deploy/values.yaml', 'deploy/production.yaml'],
  docs: COMMON_DOCS,
  binary: (module) => [`docs/images/${module}.png`, 'docs/images/architecture.png'],
};

const WEB: Layout = {
  ...TYPESCRIPT,
  stems: ['index', 'view', 'hooks', 'styles', 'api', 'state', 'labels', 'analytics'],
  source: (module, stem) => `src/${module}/${stem}.tsx`,
  test: (module, stem) => `src/${module}/${stem}.test.tsx`,
  config: ['tsconfig.json', 'vite.config.ts', 'Dockerfile', 'deploy/values.yaml'],
  binary: (module) => [
    `public/images/${module}.png`,
    'public/fonts/fernwood-sans.woff2',
    'public/favicon.ico',
  ],
};

const PYTHON = (service: string): Layout => ({
  stems: ['features', 'dataset', 'train', 'evaluate', 'model', 'serving', 'pipeline', 'metrics'],
  module: snake,
  source: (module, stem) => `${snake(service)}/${module}/${stem}.py`,
  test: (module, stem) => `tests/${module}/test_${stem}.py`,
  dependencies: ['pyproject.toml', 'poetry.lock'],
  config: ['pyproject.toml', 'setup.cfg', 'Dockerfile', 'deploy/values.yaml'],
  ci: CI,
  release: ['pyproject.toml', 'CHANGELOG.md'],
  deployConfig: ['deploy/values.yaml', 'deploy/production.yaml'],
  docs: [...COMMON_DOCS, 'docs/model-card.md'],
  binary: (module) => [`tests/fixtures/${module}.parquet`, `docs/images/${module}.png`],
});

const JAVA_ROOT = 'market/fernwood/wms';
const JAVA: Layout = {
  stems: ['Client', 'Mapper', 'Service', 'Config', 'Handler', 'Repository', 'Converter', 'Job'],
  module: (topic) => kebab(topic).replace(/-/g, ''),
  source: (module, stem) => `src/main/java/${JAVA_ROOT}/${module}/${pascal(module)}${stem}.java`,
  test: (module, stem) => `src/test/java/${JAVA_ROOT}/${module}/${pascal(module)}${stem}Test.java`,
  dependencies: ['pom.xml'],
  config: ['pom.xml', 'src/main/resources/application.yml', 'Dockerfile'],
  ci: ['.github/workflows/ci.yml'],
  release: ['pom.xml', 'CHANGELOG.md'],
  deployConfig: ['src/main/resources/application-production.yml', 'deploy/values.yaml'],
  docs: ['README.md', 'docs/runbook.md', 'docs/soap-operations.md'],
  binary: (module) => ['lib/wms-soap-client-2.3.jar', `src/test/resources/${module}/sample.xlsx`],
};

function pickLayout(service: CatalogService): Layout {
  if (service.name === 'wms-adapter') return JAVA;
  if (service.owner === 'ranking-ml') return PYTHON(service.name);
  if (service.name === 'web-storefront' || service.name === 'support-console') return WEB;
  return TYPESCRIPT;
}

interface RepoTree {
  layout: Layout;
  /** Topic → module directory. */
  modules: Map<string, string>;
  /** Module → current file stems (each has a source file and a test). */
  stems: Map<string, string[]>;
}

/** Chances per commit; renames and new files are rare, binary files rarer still. */
const NEW_FILE_CHANCE = 0.12;
const REFACTOR_RENAME_CHANCE = 0.1;
const OTHER_RENAME_CHANCE = 0.01;
const BINARY_CHANCE = 0.004;
const MAX_STEMS = 7;

export interface FilePlanner {
  /** The files of one planned commit in a repository; updates the repository's tree (new files, renames). */
  plan(repo: string, commit: PlannedCommit): CommitFile[];
}

export function createFilePlanner(random: Random): FilePlanner {
  const trees = new Map<string, RepoTree>();
  const treeOf = (repo: string): RepoTree => {
    let tree = trees.get(repo);
    if (!tree) {
      tree = plantTree(findService(repo), random);
      trees.set(repo, tree);
    }
    return tree;
  };
  return {
    plan(repo, commit) {
      const service = findService(repo);
      return planFiles(treeOf(repo), service, commit, random);
    },
  };
}

function plantTree(service: CatalogService, random: Random): RepoTree {
  const layout = pickLayout(service);
  const modules = new Map(service.topics.map((topic) => [topic, layout.module(topic)] as const));
  const stems = new Map<string, string[]>();
  for (const module of modules.values()) {
    const chosen = random.shuffle(layout.stems).slice(0, random.nextInt(3, 5));
    stems.set(module, chosen);
  }
  return { layout, modules, stems };
}

type Kind = 'code' | 'test' | 'dependencies' | 'config' | 'ci' | 'docs' | 'release' | 'deploy-config';

const SUBJECT = /^(\w+)(?:\(([^)]*)\))?: (.*)$/;

function classify(subject: string): { kind: Kind; prefix: string; rest: string } {
  const match = SUBJECT.exec(subject);
  const prefix = match?.[1] ?? 'feat';
  const scope = match?.[2] ?? '';
  const rest = match?.[3] ?? subject;
  if (prefix === 'chore') {
    if (scope === 'release') return { kind: 'release', prefix, rest };
    if (rest.startsWith('rotate')) return { kind: 'deploy-config', prefix, rest };
    if (rest.startsWith('bump dependencies')) return { kind: 'dependencies', prefix, rest };
    if (rest.startsWith('update CI')) return { kind: 'ci', prefix, rest };
    return { kind: 'config', prefix, rest };
  }
  if (prefix === 'docs') return { kind: 'docs', prefix, rest };
  if (prefix === 'test') return { kind: 'test', prefix, rest };
  return { kind: 'code', prefix, rest };
}

interface Draft {
  path: string;
  oldPath?: string;
  /** Added in this commit: no lines to delete. */
  added?: boolean;
  binary?: boolean;
  /** Share of the commit's lines this file gets. */
  weight: number;
}

function planFiles(
  tree: RepoTree,
  service: CatalogService,
  commit: PlannedCommit,
  random: Random,
): CommitFile[] {
  if (commit.filesChanged === 0 && commit.additions === 0 && commit.deletions === 0) return [];
  const { layout } = tree;
  const { kind, prefix, rest } = classify(commit.subject);
  const topic = service.topics.find((candidate) => rest.endsWith(candidate)) ?? random.pick(service.topics);
  const module = tree.modules.get(topic) ?? layout.module(topic);
  const stems = tree.stems.get(module) ?? [];
  const target = Math.max(1, commit.filesChanged);
  const drafts: Draft[] = [];
  const add = (draft: Draft) => {
    if (!drafts.some((existing) => existing.path === draft.path)) drafts.push(draft);
  };
  const weight = () => random.sampleLogNormal(1, 0.8);
  const some = (paths: readonly string[], count: number, scale = 1) => {
    for (const path of random.shuffle(paths).slice(0, count)) add({ path, weight: weight() * scale });
  };

  switch (kind) {
    case 'dependencies':
      // The manifest changes a little, the lock file a lot.
      layout.dependencies.forEach((path, index) => {
        add({ path, weight: index === 0 ? 1 : 8 });
      });
      break;
    case 'release':
      some(layout.release, layout.release.length);
      break;
    case 'deploy-config':
      some(layout.deployConfig, random.nextInt(1, 2));
      break;
    case 'ci':
      some(layout.ci, 1);
      if (target > 1) some(layout.config, 1, 0.5);
      break;
    case 'config':
      some(layout.config, Math.min(target, 2));
      break;
    case 'docs':
      some(layout.docs, Math.min(target, 2));
      break;
    default: {
      const renameChance = prefix === 'refactor' ? REFACTOR_RENAME_CHANCE : OTHER_RENAME_CHANCE;
      if (random.flip(renameChance)) renameStem(tree, module, random, add);
      if (prefix === 'feat' && random.flip(NEW_FILE_CHANCE)) addStem(tree, module, random, add);
      const order = random.shuffle(tree.stems.get(module) ?? stems);
      const candidates: string[] = [];
      for (const stem of order) {
        const pair = [layout.source(module, stem), layout.test(module, stem)];
        if (kind === 'test') pair.reverse();
        candidates.push(pair[0] as string);
        if (kind === 'test' || random.flip(0.6)) candidates.push(pair[1] as string);
      }
      // Larger changes spill into a neighbouring module.
      const other = random.pick([...tree.modules.values()]);
      for (const stem of tree.stems.get(other) ?? []) candidates.push(layout.source(other, stem));
      for (const path of candidates) {
        if (drafts.length >= target) break;
        add({ path, weight: weight() });
      }
      // A new file is wired in somewhere: at least one existing file changes with it.
      const existing = candidates.find((path) => !drafts.some((draft) => draft.path === path));
      if (drafts.every((draft) => draft.added) && existing) add({ path: existing, weight: weight() });
    }
  }
  if (random.flip(BINARY_CHANCE)) add({ path: random.pick(layout.binary(module)), binary: true, weight: 0 });
  return splitLines(drafts, commit.additions, commit.deletions);
}

/** A refactor renames one file of the module, and its test with it. */
function renameStem(tree: RepoTree, module: string, random: Random, add: (draft: Draft) => void): void {
  const stems = tree.stems.get(module);
  if (!stems || stems.length === 0) return;
  const unused = tree.layout.stems.filter((stem) => !stems.includes(stem));
  if (unused.length === 0) return;
  const from = random.pick(stems);
  const to = random.pick(unused);
  stems[stems.indexOf(from)] = to;
  const { layout } = tree;
  add({ path: layout.source(module, to), oldPath: layout.source(module, from), weight: 0.3 });
  add({ path: layout.test(module, to), oldPath: layout.test(module, from), weight: 0.2 });
}

/** A feature adds a file and its test; they start empty, so they only count additions. */
function addStem(tree: RepoTree, module: string, random: Random, add: (draft: Draft) => void): void {
  const stems = tree.stems.get(module);
  if (!stems || stems.length >= MAX_STEMS) return;
  const unused = tree.layout.stems.filter((stem) => !stems.includes(stem));
  if (unused.length === 0) return;
  const stem = random.pick(unused);
  stems.push(stem);
  add({ path: tree.layout.source(module, stem), added: true, weight: 2 });
  add({ path: tree.layout.test(module, stem), added: true, weight: 1.5 });
}

/**
 * Splits the commit's additions and deletions over its text files in proportion to their weights
 * (rounding the running total, so the sums are exact). New files take no deletions; binary files take
 * nothing.
 */
function splitLines(drafts: Draft[], additions: number, deletions: number): CommitFile[] {
  let addWeight = 0;
  let removeWeight = 0;
  for (const draft of drafts) {
    if (draft.binary) continue;
    addWeight += draft.weight;
    if (!draft.added) removeWeight += draft.weight;
  }
  // Only new files: their lines are rewritten from a template, so they take the deletions too.
  const removeAll = removeWeight === 0;
  if (removeAll) removeWeight = addWeight;
  if (addWeight === 0) return drafts.map(({ path }) => ({ path, additions: 0, deletions: 0, binary: true }));
  let addSeen = 0;
  let removeSeen = 0;
  let addGiven = 0;
  let removeGiven = 0;
  return drafts.map((draft) => {
    let plus = 0;
    let minus = 0;
    if (!draft.binary) {
      addSeen += draft.weight;
      plus = Math.round((additions * addSeen) / addWeight) - addGiven;
      addGiven += plus;
      if (removeAll || !draft.added) {
        removeSeen += draft.weight;
        minus = Math.round((deletions * removeSeen) / removeWeight) - removeGiven;
        removeGiven += minus;
      }
    }
    return {
      path: draft.path,
      ...(draft.oldPath ? { oldPath: draft.oldPath } : {}),
      additions: plus,
      deletions: minus,
      ...(draft.binary ? { binary: true } : {}),
    };
  });
}

/**
 * The files of a squash merge: the pull request's commits folded into one diff. Lines add up per path;
 * a file renamed on the branch shows once, as the rename, carrying the lines of its earlier edits.
 */
export function squashFiles(lists: readonly CommitFile[][]): CommitFile[] {
  const byPath = new Map<string, CommitFile>();
  for (const files of lists) {
    for (const file of files) {
      const earlier = file.oldPath ? byPath.get(file.oldPath) : undefined;
      const current = byPath.get(file.path);
      const merged: CommitFile = {
        path: file.path,
        additions: file.additions + (current?.additions ?? 0) + (earlier?.additions ?? 0),
        deletions: file.deletions + (current?.deletions ?? 0) + (earlier?.deletions ?? 0),
      };
      const oldPath = earlier?.oldPath ?? (earlier ? file.oldPath : (current?.oldPath ?? file.oldPath));
      if (oldPath && oldPath !== file.path) merged.oldPath = oldPath;
      if (file.binary || current?.binary || earlier?.binary) {
        merged.binary = true;
      }
      if (earlier && file.oldPath) byPath.delete(file.oldPath);
      byPath.delete(file.path);
      byPath.set(file.path, reorder(merged));
    }
  }
  return [...byPath.values()];
}

/** Keeps the record's field order: path, oldPath, additions, deletions, binary. */
function reorder(file: CommitFile): CommitFile {
  return {
    path: file.path,
    ...(file.oldPath ? { oldPath: file.oldPath } : {}),
    additions: file.additions,
    deletions: file.deletions,
    ...(file.binary ? { binary: true } : {}),
  };
}
