/** The delivery part of the advisor snapshot (filled by services/advisor/snapshot-delivery.ts). */
// biome-ignore lint/complexity/noBannedTypes: filled in by the rules' author
export type DeliveryPart = {};
