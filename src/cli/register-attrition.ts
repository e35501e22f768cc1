/** `sextant attrition …`. */
import type { Command } from 'commander';

export function registerAttritionCommands(_program: Command): void {}
