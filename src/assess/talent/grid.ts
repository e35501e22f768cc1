/**
 * The performance × potential grid of a talent review: three bands on each axis, nine boxes.
 *
 * Rules and reasons:
 * - Performance is the person's free-text rating mapped to a band by the register's `ratings:` (or the
 *   default mapping); potential is taken as declared in people-private.yaml.
 * - The latest review cycle's calibration overrides either axis: calibration is where the rating was
 *   discussed with peers, so what it settled on wins over the form.
 * - A person is placed only when both axes are known. Anyone else is listed as unplaced with the reason,
 *   and a rating the mapping does not know is reported (with how many people carry it) instead of being
 *   guessed, so the mapping can be completed.
 */
import { type Band, type Calibration, normalizeRating, type ReviewCycle } from '../../domain/talent.js';

export type AxisSource = 'rating' | 'declared' | 'calibration';

export interface BoxDefinition {
  id: string;
  name: string;
  performance: Band;
  potential: Band;
  /** What the box usually calls for. */
  advice: string;
}

/** The nine boxes, high potential first, then by performance from high to low. */
export const BOXES: readonly BoxDefinition[] = [
  box('future-leader', 'future leader', 'high', 'high', 'stretch roles and a named path to the next level'),
  box('rising-talent', 'rising talent', 'medium', 'high', 'coaching to turn promise into results'),
  box(
    'untapped-potential',
    'untapped potential',
    'low',
    'high',
    'find what blocks them: fit, clarity, support',
  ),
  box('strong-contributor', 'strong contributor', 'high', 'medium', 'broaden scope; a candidate successor'),
  box('core-contributor', 'core contributor', 'medium', 'medium', 'steady growth in the current role'),
  box('needs-traction', 'needs traction', 'low', 'medium', 'clear goals and closer support'),
  box('trusted-expert', 'trusted expert', 'high', 'low', 'recognise depth; share it through pairing'),
  box('steady-hand', 'steady hand', 'medium', 'low', 'keep engaged in a role that suits them'),
  box('off-track', 'off track', 'low', 'low', 'an honest conversation and an improvement plan'),
];

function box(id: string, name: string, performance: Band, potential: Band, advice: string): BoxDefinition {
  return { id, name, performance, potential, advice };
}

export function findBox(performance: Band, potential: Band): BoxDefinition {
  const found = BOXES.find(
    (candidate) => candidate.performance === performance && candidate.potential === potential,
  );
  if (!found) throw new Error(`no box for ${performance} × ${potential}`);
  return found;
}

/** What people-private.yaml says about one person (only the fields the grid reads). */
export interface TalentFacts {
  person: string;
  rating: string | null;
  potential: Band | null;
}

export type Placement =
  | {
      kind: 'placed';
      person: string;
      performance: { band: Band; source: AxisSource; rating: string | null };
      potential: { band: Band; source: AxisSource };
      box: BoxDefinition;
    }
  | {
      kind: 'unplaced';
      person: string;
      reasons: ('no-rating' | 'unmapped-rating' | 'no-potential')[];
      rating: string | null;
    };

export interface TalentGrid {
  cycle: { id: string; date: string } | null;
  boxes: (BoxDefinition & { people: string[] })[];
  placements: Placement[];
  /** Ratings the mapping does not know, most common first. */
  unmappedRatings: { rating: string; people: number }[];
}

/** The cycle whose calibration counts: the latest by date (then by id). */
export function latestCycle(cycles: readonly ReviewCycle[]): ReviewCycle | null {
  return [...cycles].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0] ?? null;
}

export function bandOfRating(rating: string, ratings: Readonly<Record<string, Band>>): Band | null {
  return ratings[normalizeRating(rating)] ?? null;
}

/** Places one person; `calibration` is their entry in the latest cycle, if any. */
export function placePerson(
  facts: TalentFacts,
  ratings: Readonly<Record<string, Band>>,
  calibration: Calibration | undefined,
): Placement {
  const mapped = facts.rating === null ? null : bandOfRating(facts.rating, ratings);
  const performance = calibration?.performance
    ? { band: calibration.performance, source: 'calibration' as const, rating: facts.rating }
    : mapped
      ? { band: mapped, source: 'rating' as const, rating: facts.rating }
      : null;
  const potential = calibration?.potential
    ? { band: calibration.potential, source: 'calibration' as const }
    : facts.potential
      ? { band: facts.potential, source: 'declared' as const }
      : null;
  if (performance && potential) {
    return {
      kind: 'placed',
      person: facts.person,
      performance,
      potential,
      box: findBox(performance.band, potential.band),
    };
  }
  const reasons: ('no-rating' | 'unmapped-rating' | 'no-potential')[] = [];
  if (!performance) reasons.push(facts.rating === null ? 'no-rating' : 'unmapped-rating');
  if (!potential) reasons.push('no-potential');
  return { kind: 'unplaced', person: facts.person, reasons, rating: facts.rating };
}

/**
 * The grid over `people` (each person once). People calibrated in the latest cycle but absent from
 * `people` are placed on their calibration alone when it sets both axes.
 */
export function buildTalentGrid(input: {
  people: readonly TalentFacts[];
  ratings: Readonly<Record<string, Band>>;
  cycles: readonly ReviewCycle[];
}): TalentGrid {
  const cycle = latestCycle(input.cycles);
  const calibrated = new Map((cycle?.calibration ?? []).map((entry) => [entry.person, entry]));
  const facts = new Map(input.people.map((entry) => [entry.person, entry]));
  for (const person of calibrated.keys()) {
    if (!facts.has(person)) facts.set(person, { person, rating: null, potential: null });
  }
  const placements = [...facts.values()]
    .map((entry) => placePerson(entry, input.ratings, calibrated.get(entry.person)))
    .sort((a, b) => a.person.localeCompare(b.person));
  const unmapped = new Map<string, number>();
  for (const placement of placements) {
    if (placement.kind === 'unplaced' && placement.reasons.includes('unmapped-rating') && placement.rating) {
      const rating = normalizeRating(placement.rating);
      unmapped.set(rating, (unmapped.get(rating) ?? 0) + 1);
    }
  }
  return {
    cycle: cycle ? { id: cycle.id, date: cycle.date } : null,
    boxes: BOXES.map((definition) => ({
      ...definition,
      people: placements.flatMap((p) =>
        p.kind === 'placed' && p.box.id === definition.id ? [p.person] : [],
      ),
    })),
    placements,
    unmappedRatings: [...unmapped]
      .map(([rating, people]) => ({ rating, people }))
      .sort((a, b) => b.people - a.people || a.rating.localeCompare(b.rating)),
  };
}
