/** `sextant talent …`. */
import type { Command } from 'commander';

export function registerTalentCommands(_program: Command): void {}
