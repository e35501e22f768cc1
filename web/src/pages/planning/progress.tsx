/**
 * A progress bar with its number in words: the bar is decoration (hidden from assistive technology), the
 * text says how far and, when given, how far it should be by now. Progress past the target or moving away
 * from the baseline is shown as it is in the text; the bar stops at its ends.
 */
import { formatValue } from '../../format';

export function ProgressBar(props: { progress: number | null | undefined; expected?: number | null }) {
  const { progress, expected } = props;
  if (progress === null || progress === undefined) return <span className="muted">no progress yet</span>;
  const clamp = (value: number) => Math.max(0, Math.min(1, value));
  return (
    <span className="progress">
      <span className="progress-bar" aria-hidden="true">
        <span className="progress-fill" style={{ width: `${clamp(progress) * 100}%` }} />
        {expected !== undefined && expected !== null ? (
          <span className="progress-expected" style={{ left: `${clamp(expected) * 100}%` }} />
        ) : null}
      </span>
      <span className="progress-text">
        {formatValue(progress, 'fraction')}
        {expected !== undefined && expected !== null ? (
          <span className="muted"> (expected {formatValue(expected, 'fraction')})</span>
        ) : null}
      </span>
    </span>
  );
}
