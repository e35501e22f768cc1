/**
 * The planning and governance files besides the OKRs, each read by its own module. The OKRs are read first
 * (index.ts) because the others link to their ids. Add a part here as `name: reader`.
 */
import type { PartReader } from './part.js';

export const GOVERNANCE_PARTS = {} satisfies Record<string, PartReader<unknown>>;
