/** `sextant report <kind>`: the leader's reports in Markdown, HTML, PDF or JSON (docs/reports.md). */
import type { Command } from 'commander';

export function registerReportCommands(_program: Command): void {}
