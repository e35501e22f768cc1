/** `sextant hiring …`. */
import type { Command } from 'commander';

export function registerHiringCommands(_program: Command): void {}
