/**
 * A new decision record: the file name made from the next id and the title, and the text of a proposal
 * with the sections a reader expects (context, decision, consequences, alternatives), each with a line
 * saying what belongs there. Pure.
 */
import { stringify } from 'yaml';
import { formatAdrId } from '../domain/adr.js';

/** Longest slug kept in a file name; a longer title is cut at a word boundary. */
const SLUG_MAX_LENGTH = 60;

/** `Split the WMS adapter out of fulfilment!` → `split-the-wms-adapter-out-of-fulfilment`. */
export function slugifyTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > SLUG_MAX_LENGTH) return slug === '' ? word.slice(0, SLUG_MAX_LENGTH) : slug;
    slug = next;
  }
  return slug;
}

/** The number after the highest `ADR-NNNN` among file names (1 for an empty folder). */
export function nextAdrNumber(fileNames: readonly string[]): number {
  const numbers = fileNames.flatMap((name) => {
    const match = /^ADR-(\d{4})\b/.exec(name);
    return match ? [Number(match[1])] : [];
  });
  return Math.max(0, ...numbers) + 1;
}

export interface NewAdr {
  id: string;
  fileName: string;
  content: string;
}

export function renderAdrTemplate(input: { number: number; title: string; date: string }): NewAdr {
  const id = formatAdrId(input.number);
  const front = stringify(
    {
      id,
      title: input.title,
      status: 'proposed',
      date: input.date,
      deciders: [],
      teams: [],
      services: [],
      okrs: [],
      supersedes: [],
      tags: [],
    },
    { flowCollectionPadding: false },
  );
  const content = [
    '---',
    front.trimEnd(),
    '---',
    '',
    `# ${input.title}`,
    '',
    '## Context',
    '',
    'What forces this decision: the problem, the constraints, and what happens if nothing is decided.',
    '',
    '## Decision',
    '',
    'What we will do, stated so that someone can tell later whether it was done.',
    '',
    '## Consequences',
    '',
    'What becomes easier and what becomes harder; the risks taken on and how they will be watched.',
    '',
    '## Alternatives considered',
    '',
    'The options weighed and why each was not chosen.',
    '',
  ].join('\n');
  return { id, fileName: `${id}-${slugifyTitle(input.title)}.md`, content };
}
