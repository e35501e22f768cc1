/** `sextant findings …`: the advisor's findings and their lifecycle (docs/advisor.md). */
import type { Command } from 'commander';

export function registerFindingsCommands(_program: Command): void {}
