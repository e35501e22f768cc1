/** The vendor register as a person reads it: a table of vendors, one vendor in full, renewals, a ranking. */
import type { RenewalsAhead, SelectionView, VendorList, VendorView } from '../../services/vendors.service.js';
import { formatTable } from '../table.js';

const money = (amount: number, currency: string) => `${amount.toLocaleString('en')} ${currency}`;

export function formatVendorList(list: VendorList): string {
  if (list.vendors.length === 0) return 'No vendors: registers/vendors.yaml declares none.';
  const rows = list.vendors.map((vendor) => [
    vendor.id,
    vendor.name,
    vendor.category,
    money(vendor.contract.annualCost, vendor.contract.currency),
    vendor.renewal ? `${vendor.renewal.renewal} (notice by ${vendor.renewal.noticeDeadline})` : '-',
    vendor.slas.length === 0 ? '-' : vendor.slaMisses === 0 ? 'met' : `${vendor.slaMisses} months missed`,
    vendor.latestScore === null ? '-' : vendor.latestScore.toFixed(2),
    vendor.lockIn?.level ?? '-',
    vendor.owner.name,
  ]);
  const totals = Object.entries(list.annualCost)
    .map(([currency, amount]) => money(amount, currency))
    .join(' + ');
  return [
    `Vendor register as of ${list.asOf}: ${list.vendors.length} vendors, ${totals} a year`,
    '',
    formatTable(
      ['id', 'name', 'category', 'annual cost', 'renewal', 'SLA', 'score', 'lock-in', 'owner'],
      rows,
    ),
  ].join('\n');
}

export function formatVendorDetail(vendor: VendorView & { asOf: string }): string {
  const { contract, renewal } = vendor;
  const lines = [
    `${vendor.name} (${vendor.id})  ${vendor.category} · owner ${vendor.owner.name}`,
    `  contract ${contract.start} to ${contract.end ?? 'open-ended'}, ${money(contract.annualCost, contract.currency)} a year${contract.autoRenew ? ', renews automatically' : ''}`,
  ];
  if (renewal) {
    const notice = renewal.noticePassed
      ? `notice deadline ${renewal.noticeDeadline} has passed`
      : `notice by ${renewal.noticeDeadline} (${renewal.daysToNotice} days)`;
    lines.push(`  renewal ${renewal.renewal} (${renewal.daysToRenewal} days), ${notice}`);
  }
  if (vendor.reviewDate)
    lines.push(`  review ${vendor.reviewDate}${vendor.reviewOverdue ? ' (overdue)' : ''}`);
  lines.push('', 'SLAs');
  if (vendor.slas.length === 0) lines.push('  none declared');
  for (const sla of vendor.slas) {
    const unit = sla.unit ?? '';
    const result = sla.attainment;
    if (result.kind !== 'value') {
      lines.push(`  - ${sla.name} target ${sla.target}${unit}: no measured month`);
      continue;
    }
    const missed = result.missed.map((month) => `${month.month} ${month.value}${unit}`).join(', ');
    lines.push(
      `  - ${sla.name} target ${sla.target}${unit}: met ${result.met} of ${result.months} months (${(result.attainment * 100).toFixed(0)}%)` +
        (missed ? `; missed ${missed}` : ''),
    );
  }
  lines.push('', 'Scorecards');
  if (vendor.scorecards.length === 0) lines.push('  none');
  for (const scorecard of vendor.scorecards) {
    const parts = scorecard.total.parts.map((part) => `${part.criterion} ${part.score}`).join(', ');
    lines.push(
      `  - ${scorecard.period} (${scorecard.date}): ${scorecard.total.total.toFixed(2)}  [${parts}]`,
    );
  }
  lines.push('', 'Lock-in');
  if (!vendor.lockIn) lines.push('  not assessed');
  else {
    const reasons = vendor.lockIn.reasons.length > 0 ? `: ${vendor.lockIn.reasons.join('; ')}` : '';
    lines.push(`  ${vendor.lockIn.level} (${vendor.lockIn.points} of 6 points)${reasons}`);
  }
  return lines.join('\n');
}

export function formatRenewals(ahead: RenewalsAhead): string {
  const head = `Renewals and notice deadlines from ${ahead.asOf} to ${ahead.days} days ahead`;
  if (ahead.renewals.length === 0) return `${head}: none.`;
  const rows = ahead.renewals.map((renewal) => [
    renewal.vendor.id,
    renewal.vendor.name,
    renewal.renewal,
    String(renewal.daysToRenewal),
    renewal.noticePassed ? `${renewal.noticeDeadline} PASSED` : renewal.noticeDeadline,
    renewal.noticePassed ? '-' : String(renewal.daysToNotice),
    money(renewal.annualCost, renewal.currency),
    renewal.autoRenew ? 'yes' : 'no',
    renewal.owner.name,
  ]);
  return [
    head,
    '',
    formatTable(['id', 'name', 'renewal', 'days', 'notice by', 'days', 'annual cost', 'auto', 'owner'], rows),
  ].join('\n');
}

export function formatSelection(selection: SelectionView): string {
  const { evaluation } = selection;
  const criteria = evaluation.criteria
    .map((criterion) => `${criterion.name} ${criterion.weight}%`)
    .join(', ');
  const rows = selection.ranking.map((entry) => [
    String(entry.rank),
    entry.name,
    entry.total.toFixed(2),
    ...entry.parts.map((part) => String(part.score)),
  ]);
  return [
    `${evaluation.title} (${evaluation.id}), owner ${evaluation.owner.name}`,
    `  criteria: ${criteria}`,
    '',
    formatTable(
      ['rank', 'candidate', 'total', ...evaluation.criteria.map((criterion) => criterion.name)],
      rows,
    ),
  ].join('\n');
}
