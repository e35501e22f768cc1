/**
 * An on-call shift: who held which level of a rotation (escalation policy, schedule) from when to when.
 * Shifts of one person may overlap (two levels, two schedules, a permanent level read twice over
 * different windows); time on call is the union of their spans, never their sum.
 */
export interface OncallShift {
  /** `<source>:<rotation>#<level>#<actor>#<start ISO>`. */
  id: string;
  source: string;
  /** The identity system the actor id belongs to, as in people.yaml identities. */
  system: string;
  actor: string;
  actorName: string | null;
  rotation: string;
  level: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** Milliseconds covered by the union of `spans`, each cut to `[from, to)`. */
export function measureCoverage(
  spans: readonly { startsAt: Date; endsAt: Date }[],
  window: { from: Date; to: Date },
): number {
  const cut = spans
    .map((span) => [
      Math.max(span.startsAt.getTime(), window.from.getTime()),
      Math.min(span.endsAt.getTime(), window.to.getTime()),
    ])
    .filter(([start, end]) => (end as number) > (start as number))
    .sort((a, b) => (a[0] as number) - (b[0] as number)) as [number, number][];
  let covered = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of cut) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

/** The shifts held at `at` (start inclusive, end exclusive), by rotation, then level, then actor. */
export function listShiftsAt<T extends OncallShift>(shifts: readonly T[], at: Date): T[] {
  return shifts
    .filter((shift) => shift.startsAt <= at && shift.endsAt > at)
    .sort(
      (a, b) =>
        a.rotation.localeCompare(b.rotation) ||
        (a.level ?? '').localeCompare(b.level ?? '', undefined, { numeric: true }) ||
        a.actor.localeCompare(b.actor),
    );
}
