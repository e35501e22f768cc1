/** Reading registers/talent-review.yaml: talent review cycles, calibration notes and succession of critical roles. Absent files give an empty value. */
import type { PartReader } from './part.js';

// biome-ignore lint/complexity/noBannedTypes: replaced by the domain type when the reader is written
export type TalentReview = {};

export const readTalentReview: PartReader<TalentReview> = async () => ({ value: {}, issues: [], files: [] });
