/** `sextant report deliver|schedules` (see register-report-delivery.ts). */
import type { Command } from 'commander';
import {
  deliverSchedule,
  describeSchedules,
  findSchedule,
  type ScheduleDescription,
} from '../../services/report-delivery.service.js';
import { printData, printJson } from '../output.js';
import { formatTable } from '../table.js';
import { withContext } from '../with-context.js';

export async function runReportDeliver(
  name: string,
  options: { period?: string; json?: boolean },
  command: Command,
) {
  const run = await withContext(command, (context) =>
    deliverSchedule(context, findSchedule(context, name), options.period ? { period: options.period } : {}),
  );
  if (options.json) printJson(run);
  else
    printData(
      [
        `Schedule ${run.schedule}, period ${run.period}`,
        formatTable(
          ['TARGET', 'STATUS', 'ERROR'],
          run.outcomes.map((outcome) => [outcome.target, outcome.status, outcome.error ?? '']),
        ),
      ].join('\n'),
    );
  if (run.outcomes.some((outcome) => outcome.status === 'failed')) process.exitCode = 1;
}

export async function runReportSchedules(options: { json?: boolean }, command: Command) {
  const schedules = await withContext(command, (context) => describeSchedules(context));
  if (options.json) printJson(schedules);
  else printData(formatSchedules(schedules));
}

function formatSchedules(schedules: ScheduleDescription[]): string {
  if (schedules.length === 0) return 'No report schedules: add them under reports.schedules in sextant.yaml.';
  return formatTable(
    ['SCHEDULE', 'CRON', 'REPORT', 'NEXT RUN', 'TARGET', 'LAST PERIOD', 'STATUS'],
    schedules.flatMap((schedule) =>
      schedule.targets.map((target, index) => {
        const last = schedule.last.find((row) => row.target === target);
        return [
          index === 0 ? schedule.name : '',
          index === 0 ? schedule.cron : '',
          index === 0 ? `${schedule.report} (${schedule.format})` : '',
          index === 0 ? (schedule.nextRunAt ?? 'never') : '',
          target,
          last?.period ?? '-',
          last ? `${last.status}${last.error ? `: ${last.error}` : ''}` : 'not yet run',
        ];
      }),
    ),
  );
}
