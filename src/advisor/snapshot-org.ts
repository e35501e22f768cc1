/** The org part of the advisor snapshot (filled by services/advisor/snapshot-org.ts). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the rules' author
export type OrgPart = {};
