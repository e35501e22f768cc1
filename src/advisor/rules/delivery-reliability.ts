/**
 * Rules over incidents and their follow-up: recovery time of major incidents (the blueprint's under 60
 * minutes for SEV-1/2), recurrence (under 10% within a quarter), postmortems owed and action items left
 * open past their due day.
 */
import type { DeliveryRule } from './delivery-change.js';
import {
  formatDuration,
  formatPercent,
  judged,
  toEvidence,
  uniqueRecords,
  VP_ENGINEERING,
} from './delivery-support.js';

const RECOVERY_TARGET = 3600;
const MIN_MAJOR = 3;
const RECURRENCE_TARGET = 0.1;
const RECURRENCE_HIGH = 0.25;
const MIN_INCIDENTS = 10;
const OVERDUE_ITEMS_MIN = 3;
const LONG_OVERDUE_DAYS = 30;

export const recoveryRule: DeliveryRule = {
  id: 'reliability.recovery-time-slow',
  title: 'Major incidents take too long to resolve',
  concern: 'tech.reliability',
  severity: 'high',
  description: `Raised when the median time to resolve SEV-1 or SEV-2 incidents over the last 12 weeks exceeds ${formatDuration(RECOVERY_TARGET)}, on at least ${MIN_MAJOR} incidents of that severity; high when it exceeds four times that on at least 5.`,
  evaluate({ delivery }) {
    const slow = delivery.incidents.timeToResolve.flatMap((entry) => {
      const figure = judged(entry.figure, MIN_MAJOR);
      return figure && figure.value > RECOVERY_TARGET ? [{ severity: entry.severity, figure }] : [];
    });
    if (slow.length === 0) return [];
    const high = slow.some(({ figure }) => figure.value > 4 * RECOVERY_TARGET && figure.n >= 5);
    const said = slow.map(({ severity, figure }) => `${severity} ${formatDuration(figure.value)}`).join(', ');
    return [
      {
        rule: recoveryRule.id,
        subject: 'org',
        severity: high ? 'high' : 'medium',
        title: `Median time to resolve major incidents: ${said}, against a ${formatDuration(RECOVERY_TARGET)} target`,
        summary: slow
          .map(
            ({ severity, figure }) =>
              `${figure.n} ${severity} incidents resolved from ${delivery.window.from} to ${delivery.window.to} took a median of ${formatDuration(figure.value)}.`,
          )
          .join(' '),
        why: 'Every minute of a major incident is felt by customers; slow recovery usually means unclear ownership, weak runbooks or rollbacks that are hard to do.',
        actions: [
          'Review the slowest incidents and note where time went: detection, finding the owner, diagnosis or the fix.',
          'Make rollback the first move for a change-related incident and rehearse it.',
          'Keep runbooks and dashboards for every tier-1 service current, and train incident commanders.',
        ],
        owner: VP_ENGINEERING,
        evidence: {
          figures: slow.map(({ severity, figure }) => ({
            ...toEvidence(
              'incidents.time-to-resolve',
              `Median time to resolve, ${severity}`,
              figure,
              'seconds',
              {
                threshold: RECOVERY_TARGET,
                scope: 'org',
                window: delivery.window,
              },
            ),
          })),
          records: uniqueRecords(...slow.map(({ figure }) => figure.recordIds)),
        },
        concern: recoveryRule.concern,
      },
    ];
  },
};

export const recurrenceRule: DeliveryRule = {
  id: 'reliability.incident-recurrence',
  title: 'Incidents recurring',
  concern: 'tech.reliability',
  severity: 'high',
  description: `Raised when more than ${formatPercent(RECURRENCE_TARGET)} of the incidents of the last 12 weeks repeat an earlier one's root cause (or service and category) within 90 days, on at least ${MIN_INCIDENTS} incidents; high above ${formatPercent(RECURRENCE_HIGH)} on at least 20.`,
  evaluate({ delivery }) {
    const figure = judged(delivery.incidents.recurrence, MIN_INCIDENTS);
    if (!figure || figure.value <= RECURRENCE_TARGET) return [];
    return [
      {
        rule: recurrenceRule.id,
        subject: 'org',
        severity: figure.value > RECURRENCE_HIGH && figure.n >= 20 ? 'high' : 'medium',
        title: `${formatPercent(figure.value)} of incidents repeat an earlier root cause, above the ${formatPercent(RECURRENCE_TARGET)} target`,
        summary: `${Math.round(figure.value * figure.n)} of ${figure.n} incidents from ${delivery.window.from} to ${delivery.window.to} repeated the cause of an incident in the 90 days before them.`,
        why: 'A repeated incident is one the organization already paid to learn from; recurrence shows that postmortem actions are not being finished or do not address the cause.',
        actions: [
          'Reopen the postmortems of the repeated causes and check whether their actions were done and worked.',
          'Give each recurring cause an owner and a fix with a date, reviewed in the weekly operations review.',
        ],
        owner: VP_ENGINEERING,
        evidence: {
          figures: [
            toEvidence(
              'incidents.recurrence',
              'Incidents repeating a cause within 90 days',
              figure,
              'fraction',
              {
                threshold: RECURRENCE_TARGET,
                scope: 'org',
                window: delivery.window,
              },
            ),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: recurrenceRule.concern,
      },
    ];
  },
};

export const missingPostmortemRule: DeliveryRule = {
  id: 'reliability.postmortems-missing',
  title: 'Major incidents without a postmortem',
  concern: 'culture.accountability',
  severity: 'high',
  description:
    'Raised when SEV-1 or SEV-2 incidents resolved in the last 12 weeks have no published postmortem after the due date the incident policy sets; high when a SEV-1 or three or more are missing.',
  evaluate({ delivery }) {
    const missing = delivery.incidents.missingPostmortems.filter(
      (entry) => entry.severity === 'SEV-1' || entry.severity === 'SEV-2',
    );
    if (missing.length === 0) return [];
    const sev1 = missing.filter((entry) => entry.severity === 'SEV-1').length;
    return [
      {
        rule: missingPostmortemRule.id,
        subject: 'org',
        severity: sev1 > 0 || missing.length >= 3 ? 'high' : 'medium',
        title: `${missing.length} major incident${missing.length === 1 ? '' : 's'} past the postmortem due date without one`,
        summary: `${missing.map((entry) => `${entry.incident} (${entry.severity}, due ${entry.dueDay})`).join(', ')} ha${missing.length === 1 ? 's' : 've'} no published postmortem.`,
        why: 'Without a review, the causes of the worst incidents stay unknown and unfixed, and the team learns that a postmortem is optional.',
        actions: [
          'Name an author and a date for each missing postmortem and hold the review blamelessly.',
          'Make the postmortem due date part of closing a major incident, tracked in the operations review.',
        ],
        owner: VP_ENGINEERING,
        evidence: {
          figures: [
            {
              metric: 'incidents.postmortem-completion',
              label: 'Major incidents with an overdue postmortem',
              value: missing.length,
              unit: 'count',
              threshold: 0,
              scope: 'org',
              window: delivery.window,
              n: missing.length,
            },
          ],
          records: uniqueRecords(missing.map((entry) => entry.incident)),
        },
        concern: missingPostmortemRule.concern,
      },
    ];
  },
};

export const overdueActionsRule: DeliveryRule = {
  id: 'reliability.postmortem-actions-overdue',
  title: 'Postmortem action items overdue',
  concern: 'culture.accountability',
  severity: 'medium',
  description: `Raised when at least ${OVERDUE_ITEMS_MIN} open postmortem action items are past their due day, or any is more than ${LONG_OVERDUE_DAYS} days late; medium when both.`,
  evaluate({ delivery }) {
    const items = delivery.incidents.overdueActionItems;
    const longest = Math.max(0, ...items.map((item) => item.daysOverdue));
    if (items.length < OVERDUE_ITEMS_MIN && longest <= LONG_OVERDUE_DAYS) return [];
    const incidents = [...new Set(items.map((item) => item.incident))];
    return [
      {
        rule: overdueActionsRule.id,
        subject: 'org',
        severity: items.length >= OVERDUE_ITEMS_MIN && longest > LONG_OVERDUE_DAYS ? 'medium' : 'low',
        title: `${items.length} postmortem action item${items.length === 1 ? '' : 's'} overdue, the oldest by ${longest} days`,
        summary: `Open action items past their due day span ${incidents.length} incident${incidents.length === 1 ? '' : 's'}; the most overdue is "${items.toSorted((a, b) => b.daysOverdue - a.daysOverdue)[0]?.title ?? ''}".`,
        why: 'An action item left open is a known cause left in place; the same incident is likely to return.',
        actions: [
          'Review the overdue items with their owners: finish, reschedule with a reason, or close them as not worth doing.',
          'Track action items where the team plans its work, not only in the postmortem document.',
        ],
        owner: VP_ENGINEERING,
        evidence: {
          figures: [
            {
              metric: 'incidents.action-items-on-time',
              label: 'Open action items past due',
              value: items.length,
              unit: 'count',
              threshold: OVERDUE_ITEMS_MIN,
              scope: 'org',
              n: items.length,
            },
            {
              metric: 'action-item-days-overdue',
              label: 'Most days overdue',
              value: longest,
              unit: 'days',
              threshold: LONG_OVERDUE_DAYS,
              scope: 'org',
              n: items.length,
            },
          ],
          records: uniqueRecords(incidents),
        },
        concern: overdueActionsRule.concern,
      },
    ];
  },
};

export const INCIDENT_RULES: readonly DeliveryRule[] = [
  recoveryRule,
  recurrenceRule,
  missingPostmortemRule,
  overdueActionsRule,
];
