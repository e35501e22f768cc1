/**
 * The DORA keys for the scope and window: deployment frequency, change lead time, change failure rate,
 * failed deployment recovery time and the deployment rework rate, each with its performance band where DORA
 * publishes one, and then the same keys week by week.
 */
import { MetricFigure } from '../../components/metric-figure';
import { DORA_KEYS, type DoraResults } from './types';
import type { Week } from './weekly';
import { WeeklyDora } from './weekly-dora';

export function DoraSection(props: {
  dora: DoraResults;
  weeks: Week[];
  scope: string | undefined;
  search: string;
}) {
  const { dora } = props;
  return (
    <>
      <dl className="figures" aria-label="DORA metrics for the window">
        {DORA_KEYS.map((entry) => {
          const result = dora[entry.key];
          const detail =
            entry.key === 'reworkRate' && result.kind === 'value'
              ? 'DORA publishes no band for this key'
              : null;
          return (
            <MetricFigure
              key={entry.key}
              label={entry.label}
              result={result}
              unit={entry.unit}
              statistic={entry.statistic}
              search={props.search}
              showBand
              detail={detail}
            />
          );
        })}
      </dl>
      <BandLegend dora={dora} />
      <h3>Week by week</h3>
      <WeeklyDora weeks={props.weeks} scope={props.scope} />
    </>
  );
}

/** Which band table the figures were placed in, once, instead of beside every figure. */
function BandLegend({ dora }: { dora: DoraResults }) {
  const banded = DORA_KEYS.map((entry) => dora[entry.key].band).find((band) => band);
  if (!banded) return null;
  return (
    <p className="muted">
      Bands follow the performance levels of the DORA {banded.table} report, from best to worst: elite, high,
      medium, low.
    </p>
  );
}
