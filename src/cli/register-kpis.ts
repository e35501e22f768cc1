/** `sextant kpis …`: the KPI scorecard (docs/kpis.md). */
import type { Command } from 'commander';

export function registerKpisCommands(_program: Command): void {}
