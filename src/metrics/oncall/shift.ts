/** An on-call shift: who held which level of a rotation (escalation policy, schedule) from when to when. */
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
