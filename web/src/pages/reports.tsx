/**
 * Reports: every report kind the server builds (GET /api/reports), each with its period, version and, for
 * a risk memo or decision brief, the item it is about. One report at a time is read in the page, chosen
 * by `?report=&period=&audience=&item=` in the address; any of them opens in a new tab or downloads as
 * Markdown, HTML or PDF. The server forbids framing its HTML (frame-ancestors 'none'), so the page draws
 * the JSON document itself instead of an iframe.
 */
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader, Section } from '../components/section';
import { Async, Empty } from '../components/states';
import { useFilters } from '../filters';
import { useApi, useList } from '../hooks';
import type { Page } from '../types';
import { ReportLinks } from './reports/downloads';
import { periodOptions } from './reports/periods';
import { ReportPreview } from './reports/report-view';
import type { Audience, ReportChoice, ReportKindInfo, ReportKinds } from './reports/types';

const REPORT_KEYS = ['report', 'period', 'audience', 'item'] as const;

const GRAIN_WORDS = { week: 'Weekly', month: 'Monthly', quarter: 'Quarterly' } as const;

const ITEM_SOURCES = {
  risk: { path: '/api/risks', noun: 'Risk', empty: 'No risks yet: add them to registers/risks.yaml.' },
  decision: {
    path: '/api/decisions',
    noun: 'Decision',
    empty: 'No decisions yet: add ADRs under decisions/ in the workspace.',
  },
} as const;

export default function ReportsPage() {
  const kinds = useApi<ReportKinds>('/api/reports');
  const [params] = useSearchParams();
  const selected = params.get('report');
  return (
    <>
      <PageHeader title="Reports">
        <p>
          Pick a period and read a report here, open it in a new tab, or download it as Markdown, HTML or PDF.
          Reports are built under your role: figures your role may not read are left out of them.
        </p>
      </PageHeader>
      <Async query={kinds} what="the report kinds">
        {(data) =>
          data.kinds.length === 0 ? (
            <Empty>This server offers no reports.</Empty>
          ) : (
            <div className="grid">
              {data.kinds.map((info) => (
                <ReportSection key={info.kind} info={info} selected={info.kind === selected} />
              ))}
            </div>
          )
        }
      </Async>
    </>
  );
}

function ReportSection({ info, selected }: { info: ReportKindInfo; selected: boolean }) {
  const [params, setParams] = useSearchParams();
  const [filters] = useFilters();
  const ids = { period: useId(), audience: useId(), item: useId() };
  const source = info.item ? ITEM_SOURCES[info.item] : null;
  const items = useList<Page<{ id: string; title: string }>>(source?.path ?? null);
  const itemList = items.data?.items ?? [];
  const audience = params.get('audience');
  const chosen: ReportChoice = {
    period: (selected && params.get('period')) || undefined,
    audience: selected && (audience === 'exec' || audience === 'team') ? (audience as Audience) : undefined,
    item: (selected && params.get('item')) || (source ? itemList[0]?.id : undefined),
  };
  const waitingForItem = source !== null && chosen.item === undefined;
  const periodLabel = chosen.period ?? info.defaultPeriod.label;
  const fileName = [info.kind, chosen.item, periodLabel.replace(/\W+/g, '-')].filter(Boolean).join('-');

  const choose = (next: Partial<ReportChoice> | null) => {
    const merged = new URLSearchParams(params);
    for (const key of REPORT_KEYS) merged.delete(key);
    if (next) {
      const values = { report: info.kind, ...chosen, ...next };
      for (const key of REPORT_KEYS) if (values[key]) merged.set(key, values[key]);
    }
    setParams(merged);
  };

  return (
    <Section
      id={`report-${info.kind}`}
      title={info.title}
      wide
      intro={`${GRAIN_WORDS[info.grain]}, ${info.audience === 'exec' ? 'for executives' : 'for the leadership team'}. Without a choice it covers the last complete ${info.grain}, ${info.defaultPeriod.label} (${info.defaultPeriod.from} to ${info.defaultPeriod.to}).`}
    >
      <form className="report-form" onSubmit={(event) => event.preventDefault()}>
        <div>
          <label htmlFor={ids.period}>Period</label>
          <select
            id={ids.period}
            value={periodLabel}
            onChange={(event) => choose({ period: event.target.value })}
          >
            {periodOptions(info, filters, chosen.period).map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.audience}>Version</label>
          <select
            id={ids.audience}
            value={chosen.audience ?? info.audience}
            onChange={(event) => choose({ audience: event.target.value as Audience })}
          >
            <option value="exec">Executive (the summary sections)</option>
            <option value="team">Team (every section)</option>
          </select>
        </div>
        {source ? (
          <div className="report-item">
            <label htmlFor={ids.item}>{source.noun}</label>
            <select
              id={ids.item}
              value={chosen.item ?? ''}
              disabled={itemList.length === 0}
              onChange={(event) => choose({ item: event.target.value })}
            >
              {itemList.length === 0 ? (
                <option value="">{items.isPending ? 'Loading…' : 'None to choose'}</option>
              ) : null}
              {itemList.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.id}: {item.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </form>
      {source && items.isError ? (
        <p className="state state-error" role="alert">
          Could not load the list to choose from: {items.error.message}
        </p>
      ) : null}
      {source && items.isSuccess && itemList.length === 0 ? <Empty>{source.empty}</Empty> : null}
      {waitingForItem ? null : (
        <>
          <ReportLinks kind={info.kind} title={info.title} choice={chosen} name={fileName}>
            {selected ? (
              <button type="button" className="secondary" onClick={() => choose(null)}>
                Hide the report<span className="visually-hidden">: {info.title}</span>
              </button>
            ) : (
              <button type="button" onClick={() => choose({})}>
                Read it here<span className="visually-hidden">: {info.title}</span>
              </button>
            )}
          </ReportLinks>
          {selected ? <ReportPreview kind={info.kind} choice={chosen} /> : null}
        </>
      )}
    </Section>
  );
}
