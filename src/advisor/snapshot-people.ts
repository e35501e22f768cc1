/** The people part of the advisor snapshot (filled by services/advisor/snapshot-people.ts). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the rules' author
export type PeoplePart = {};
