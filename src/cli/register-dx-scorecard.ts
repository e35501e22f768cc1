/** `sextant surveys scorecard`: the DX scorecard (docs/people/dx-scorecard.md). */
import type { Command } from 'commander';

/** Adds the command under `surveys`. */
export function addDxScorecardCommand(_surveys: Command): void {}
