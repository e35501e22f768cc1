/** Reading surveys/*.yaml: survey definitions (developer experience, pulse, eNPS) and their response files. Absent files give an empty value. */
import type { PartReader } from './part.js';

// biome-ignore lint/complexity/noBannedTypes: replaced by the domain type when the reader is written
export type SurveyDefinitions = {};

export const readSurveys: PartReader<SurveyDefinitions> = async () => ({ value: {}, issues: [], files: [] });
