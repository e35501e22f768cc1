/**
 * Knowledge concentration: who authors which files, and the truck factor, after Avelino, Passos, Hora and
 * Valente, "A novel approach for estimating truck factors" (ICPC 2016).
 *
 * Rules and reasons:
 * - The degree of authorship of a developer on a file is DOA = 3.293 + 1.098·FA + 0.164·DL − 0.321·ln(1 + AC),
 *   where FA is 1 when the developer created the file, DL counts the developer's changes to it and AC the
 *   changes by everyone else. Creating a file and changing it often build knowledge; others' changes erode it.
 * - A developer authors a file when their DOA is at least 3.293 (the constant: a creator or a frequent
 *   contributor reaches it, an occasional one does not once others have changed the file) and more than 0.75
 *   of the highest DOA on that file. A file may have several authors, or none.
 * - The truck factor is how many developers must leave before more than half of the files have no author
 *   left. Developers leave in order of how many files they author, most first, as in the paper; equal
 *   counts leave in alphabetical order so the figure is reproducible. A scope with no files has no truck
 *   factor at all (`insufficient-data`), never 0: 0 means that already more than half of the files have no
 *   author.
 */

/** The paper's coefficients. */
export const DOA_CONSTANT = 3.293;
const FIRST_AUTHORSHIP_WEIGHT = 1.098;
const DELIVERY_WEIGHT = 0.164;
const ACCEPTANCE_WEIGHT = 0.321;
/** Share of a file's highest DOA a developer needs to count as one of its authors (exclusive). */
export const AUTHOR_THRESHOLD = 0.75;
/** The truck factor is reached when the share of files with an author left drops below this. */
export const COVERAGE_FLOOR = 0.5;

export interface DoaInput {
  /** Whether the developer created the file (FA). */
  created: boolean;
  /** The developer's own changes to the file (DL). */
  changes: number;
  /** Changes to the file by everyone else (AC). */
  othersChanges: number;
}

export function computeDegreeOfAuthorship(input: DoaInput): number {
  return (
    DOA_CONSTANT +
    FIRST_AUTHORSHIP_WEIGHT * (input.created ? 1 : 0) +
    DELIVERY_WEIGHT * input.changes -
    ACCEPTANCE_WEIGHT * Math.log(1 + input.othersChanges)
  );
}

/** One file's history: who created it and how many changes each developer made to it. */
export interface FileHistory {
  file: string;
  /** The developer of the file's first change; null when unknown. */
  creator: string | null;
  /** Developer → number of changes to the file (commits touching it). */
  changes: ReadonlyMap<string, number>;
}

/** The authors of one file, alphabetically. */
export function findFileAuthors(history: FileHistory): string[] {
  let total = 0;
  for (const count of history.changes.values()) total += count;
  const developers = new Set(history.changes.keys());
  if (history.creator !== null) developers.add(history.creator);
  const degrees: { developer: string; doa: number }[] = [];
  for (const developer of developers) {
    const changes = history.changes.get(developer) ?? 0;
    const doa = computeDegreeOfAuthorship({
      created: developer === history.creator,
      changes,
      othersChanges: total - changes,
    });
    degrees.push({ developer, doa });
  }
  const highest = Math.max(...degrees.map((entry) => entry.doa));
  return degrees
    .filter((entry) => entry.doa >= DOA_CONSTANT && entry.doa / highest > AUTHOR_THRESHOLD)
    .map((entry) => entry.developer)
    .sort(compareText);
}

export interface AuthorFiles {
  author: string;
  /** Files the developer authors. */
  files: number;
}

export type TruckFactor =
  | {
      kind: 'value';
      truckFactor: number;
      /** The developers whose leaving takes coverage below half, in the order they left. */
      removed: string[];
      files: number;
      /** Files with at least one author, before anyone leaves. */
      coveredFiles: number;
      /** Every developer who authors a file, most files first (the order developers leave in). */
      authors: AuthorFiles[];
    }
  | { kind: 'insufficient-data'; files: 0; needs: string };

/** The truck factor of a set of files, given each file's authors (file → authors; an empty list is allowed). */
export function computeTruckFactor(authorsByFile: ReadonlyMap<string, readonly string[]>): TruckFactor {
  const files = authorsByFile.size;
  if (files === 0)
    return { kind: 'insufficient-data', files: 0, needs: 'at least one file changed by a commit' };
  const counts = new Map<string, number>();
  let coveredFiles = 0;
  for (const authors of authorsByFile.values()) {
    if (authors.length > 0) coveredFiles += 1;
    for (const author of new Set(authors)) counts.set(author, (counts.get(author) ?? 0) + 1);
  }
  const authors = [...counts]
    .map(([author, count]) => ({ author, files: count }))
    .sort((a, b) => b.files - a.files || compareText(a.author, b.author));

  // Each file keeps a count of its authors still present; a file is orphaned when that count reaches 0.
  const remaining = new Map<string, number>();
  const filesOf = new Map<string, string[]>();
  for (const [file, fileAuthors] of authorsByFile) {
    const unique = new Set(fileAuthors);
    remaining.set(file, unique.size);
    for (const author of unique) {
      const list = filesOf.get(author) ?? [];
      list.push(file);
      filesOf.set(author, list);
    }
  }
  let covered = coveredFiles;
  const removed: string[] = [];
  for (const { author } of authors) {
    if (covered / files < COVERAGE_FLOOR) break;
    removed.push(author);
    for (const file of filesOf.get(author) ?? []) {
      const left = (remaining.get(file) ?? 0) - 1;
      remaining.set(file, left);
      if (left === 0) covered -= 1;
    }
  }
  return { kind: 'value', truckFactor: removed.length, removed, files, coveredFiles, authors };
}

/** The authors of every file and the truck factor over them. */
export function assessKnowledgeConcentration(histories: readonly FileHistory[]): {
  authorsByFile: Map<string, string[]>;
  truckFactor: TruckFactor;
} {
  const authorsByFile = new Map(histories.map((history) => [history.file, findFileAuthors(history)]));
  return { authorsByFile, truckFactor: computeTruckFactor(authorsByFile) };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
