/**
 * Vendors: what each contract costs, when it renews and by when notice must be given, how the vendor
 * met its SLAs and scored, and how hard it would be to leave. Renewals due soon come first.
 */
import { formatMoney, personName } from '../../components/org-names';
import { ReviewDate, Status } from '../../components/section';
import { Table } from '../../components/table';
import { titleCase } from '../../format';
import { scopeNote } from './scope';
import type { RenewalList, VendorList } from './types';

export function VendorsPanel(props: {
  vendors: VendorList;
  renewals: RenewalList | undefined;
  team: string | undefined;
  /** How many vendors the whole register holds. */
  whole: number | undefined;
}) {
  const { vendors, renewals } = props;
  const rows = vendors.items;
  if (props.whole === 0)
    return (
      <p className="state state-empty">
        No vendors in the register. Add them to <code>registers/vendors.yaml</code> with their contract
        (annual cost, renewal date, notice period), SLAs and an owner, to be warned before a notice deadline
        passes.
      </p>
    );
  const note = scopeNote(rows.length, props.whole, 'vendors', props.team);
  return (
    <>
      <dl className="figures">
        {Object.entries(vendors.annualCost).map(([currency, amount]) => (
          <div key={currency}>
            <dt>Annual cost in {currency}</dt>
            <dd>{formatMoney(amount, currency)}</dd>
          </div>
        ))}
        <div>
          <dt>Renewals in the next {renewals?.days ?? 90} days</dt>
          <dd>{renewals ? renewals.items.length : '—'}</dd>
        </div>
      </dl>
      <h3>Renewals due soon</h3>
      <Table
        caption={`Contracts renewing in the next ${renewals?.days ?? 90} days`}
        rows={renewals?.items ?? []}
        rowKey={(row) => row.vendor.id}
        empty={`No contract renews in the next ${renewals?.days ?? 90} days.`}
        columns={[
          { header: 'Vendor', cell: (row) => row.vendor.name },
          { header: 'Owner', cell: (row) => row.owner?.name ?? '—' },
          { header: 'Renews', cell: (row) => `${row.renewal} (in ${row.daysToRenewal} d)` },
          {
            header: 'Notice by',
            cell: (row) =>
              row.noticePassed ? (
                <>
                  {row.noticeDeadline} <Status value="notice-passed" />
                </>
              ) : (
                `${row.noticeDeadline} (in ${row.daysToNotice} d)`
              ),
          },
          { header: 'Renews by itself', cell: (row) => (row.autoRenew ? 'yes' : 'no') },
          { header: 'Annual cost', numeric: true, cell: (row) => formatMoney(row.annualCost, row.currency) },
        ]}
      />
      <h3>All vendors</h3>
      {note ? <p className="muted">{note}</p> : null}
      <Table
        caption="Vendor register"
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Vendor', cell: (row) => row.name },
          { header: 'Category', cell: (row) => titleCase(row.category) },
          { header: 'Owner', cell: (row) => row.owner?.name ?? personName(null) },
          {
            header: 'Annual cost',
            numeric: true,
            cell: (row) => formatMoney(row.contract.annualCost, row.contract.currency),
          },
          {
            header: 'Renewal',
            cell: (row) =>
              row.renewal ? (
                <>
                  <span className="nowrap">{row.renewal.renewal}</span>{' '}
                  <span className="muted">notice by {row.renewal.noticeDeadline}</span>
                </>
              ) : (
                `ends ${row.contract.end ?? '—'}`
              ),
          },
          { header: 'Renews by itself', cell: (row) => (row.contract.autoRenew ? 'yes' : 'no') },
          { header: 'SLA months missed', numeric: true, cell: (row) => String(row.slaMisses) },
          {
            header: 'Latest score (of 5)',
            numeric: true,
            cell: (row) => (row.latestScore === null ? 'not scored' : String(row.latestScore)),
          },
          {
            header: 'Lock-in',
            cell: (row) =>
              row.lockIn ? (
                <>
                  <span className={`severity severity-${row.lockIn.level}`}>{row.lockIn.level}</span>{' '}
                  <span className="muted">{row.lockIn.reasons.join('; ')}</span>
                </>
              ) : (
                '—'
              ),
          },
          {
            header: 'Review',
            cell: (row) => <ReviewDate date={row.reviewDate} overdue={row.reviewOverdue} />,
          },
        ]}
      />
    </>
  );
}
