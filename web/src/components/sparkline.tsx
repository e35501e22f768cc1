/** A KPI's recent periods as a small line, drawn as SVG; gaps stay gaps. Decorative: the figure sits beside it. */
export function Sparkline({ values }: { values: (number | null)[] }) {
  const known = values.filter((value): value is number => value !== null);
  if (known.length < 2) return null;
  const low = Math.min(...known);
  const high = Math.max(...known);
  const span = high - low || 1;
  const step = 100 / Math.max(1, values.length - 1);
  const segments: string[][] = [[]];
  values.forEach((value, index) => {
    if (value === null) {
      segments.push([]);
      return;
    }
    segments[segments.length - 1]?.push(
      `${(index * step).toFixed(1)},${(28 - ((value - low) / span) * 24).toFixed(1)}`,
    );
  });
  return (
    <svg className="sparkline" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {segments
        .filter((points) => points.length > 1)
        .map((points) => (
          <polyline
            key={points[0]}
            points={points.join(' ')}
            fill="none"
            strokeWidth="2"
            vectorEffect="non-scaling-stroke"
          />
        ))}
    </svg>
  );
}
