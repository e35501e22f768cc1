/**
 * How the People page says that a figure is withheld, and what the reader's role lets them ask for. The
 * server withholds every figure about fewer than its minimum group size (5) and every figure that would give
 * such a group away by subtraction; the page shows that it did, and never works the figure out itself.
 */
import { type Me, maySeePeople } from '../../session';
import type { Withheld } from './types';

/** Plain words for a withheld figure: `noun` is what the group counts (respondents, candidates, people). */
export function withheldText(figure: Withheld, noun: string): string {
  return figure.reason === 'complement'
    ? `Not shown: beside the figures shown it would reveal a group of fewer than ${figure.minimum} ${noun}`
    : `Fewer than ${figure.minimum} ${noun}: not shown`;
}

export function WithheldNote({ figure, noun }: { figure: Withheld; noun: string }) {
  return <span className="withheld">{withheldText(figure, noun)}</span>;
}

/**
 * Whether the reader's role holds a capability: known when the server lists the capabilities on
 * `/api/auth/me`, `undefined` when it does not (the page then asks and shows the server's refusal).
 */
export function holds(me: Me | undefined, capability: string): boolean | undefined {
  if (!me?.capabilities) return undefined;
  return me.capabilities.includes(capability);
}

/**
 * Whether the reader may see the People page at all. Without a capability list the role decides: a viewer
 * holds no people capability, every other role holds some (and the server refuses what it may not read).
 */
export function mayOpenPeople(me: Me): boolean {
  if (me.capabilities) return maySeePeople(me);
  return me.role !== 'viewer';
}

const TENURE_LABELS: Record<string, string> = {
  '<1y': 'Less than 1 year',
  '1-2y': '1 to 2 years',
  '2-5y': '2 to 5 years',
  '5y+': '5 years or more',
  'not-given': 'Tenure not given',
};

/** A group key as a reader names it: a team's name, a tenure band, or the whole organization. */
export function groupLabel(key: string): string {
  if (key === 'org') return 'Whole organization';
  if (key === 'none') return 'No team';
  const tenure = TENURE_LABELS[key];
  if (tenure) return tenure;
  const team = /^team:(?:[a-z0-9-]+\/)?(.+)$/.exec(key);
  return team?.[1] ?? key;
}
