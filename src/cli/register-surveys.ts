/** `sextant surveys …`. */
import type { Command } from 'commander';

export function registerSurveysCommands(_program: Command): void {}
