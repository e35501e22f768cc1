/**
 * The drill-down from a KPI to the records behind its figure. A KPI read from a delivery metric (DORA, flow,
 * pull requests, builds) links to that metric's records page for the KPI's own period, where every record
 * is listed; any other KPI lists the ids of the records its reader names (at most 50, as the API keeps).
 */
import { Link } from 'react-router';
import { hasRecordsPage, recordsPath } from '../../components/metric-figure';
import { Empty } from '../../components/states';
import { type Column, Table } from '../../components/table';
import { useFilterSearch } from '../../filters';
import { formatCount } from '../../format';
import type { KpiCard } from '../../types';

/** The API lists at most this many record ids with a KPI card. */
const MAX_RECORD_IDS = 50;

const ID_COLUMNS: Column<string>[] = [
  { header: 'Record', cell: (id) => <code>{id}</code> },
  { header: 'Kind', cell: (id) => describeId(id) },
];

/** What an id names, from its form: `team:…` and `sli:…` are references, `source:key` an observed record. */
function describeId(id: string): string {
  const kind = /^(team|service|initiative|sli|person|repository|domain):/.exec(id)?.[1];
  if (kind) return kind === 'sli' ? 'SLO indicator' : kind;
  return `record from ${id.split(':')[0]}`;
}

export function KpiRecords({ card }: { card: KpiCard }) {
  const search = useFilterSearch();
  const period = card.period;
  const n = card.trend.at(-1)?.n ?? card.recordIds.length;
  const { reading } = card;
  if (reading.kind === 'metric' && hasRecordsPage(reading.metric) && period) {
    const periodSearch = `?${new URLSearchParams({ from: period.from, to: period.to }).toString()}`;
    return (
      <>
        <p>
          This figure is the {statisticName((reading as { statistic?: string }).statistic)} of{' '}
          <code>{reading.metric}</code> over {period.label} ({period.from} to {period.to}), from{' '}
          {formatCount(n)} observations across the whole organization.
        </p>
        <p>
          <Link className="drill" to={recordsPath(reading.metric, periodSearch)}>
            Records behind this figure
          </Link>
        </p>
        {search ? (
          <p>
            <Link to={recordsPath(reading.metric, search)}>
              The same metric for the scope and window chosen above
            </Link>
          </p>
        ) : null}
      </>
    );
  }
  if (card.status === 'withheld') return <Empty>The records are withheld with the figure.</Empty>;
  if (card.recordIds.length === 0)
    return (
      <Empty>
        No records stand behind this figure yet.
        {card.needs
          ? ` It needs ${card.needs}.`
          : ' Once its source has data for the period, they are listed here.'}
      </Empty>
    );
  return (
    <>
      {reading.kind === 'metric' ? (
        <p>
          This figure comes from <code>{reading.metric}</code>:{' '}
          <Link to={recordsPath(reading.metric, search)}>its definition and report</Link>.
        </p>
      ) : null}
      <Table
        caption={`Records behind ${card.title}${card.recordIds.length >= MAX_RECORD_IDS && n > MAX_RECORD_IDS ? ` (the first ${MAX_RECORD_IDS} of ${formatCount(n)})` : ''}`}
        columns={ID_COLUMNS}
        rows={card.recordIds}
        rowKey={(id) => id}
        pageSize={25}
      />
    </>
  );
}

function statisticName(statistic: string | undefined): string {
  switch (statistic) {
    case 'median':
      return 'median';
    case 'p90':
      return '90th percentile';
    default:
      return 'value';
  }
}
