/** How figures read on screen: durations in hours or days, fractions as percentages, counts grouped. */

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${whole.format(seconds)} s`;
  if (seconds < 3600) return `${number.format(seconds / 60)} min`;
  if (seconds < 2 * 86400) return `${number.format(seconds / 3600)} h`;
  return `${number.format(seconds / 86400)} d`;
}

export function formatValue(value: number | null | undefined, unit?: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'fraction':
    case 'ratio-percent':
      return `${number.format(value * 100)}%`;
    case 'percent':
      return `${number.format(value)}%`;
    case 'seconds':
      return formatDuration(value);
    case 'hours':
      return `${number.format(value)} h`;
    case 'days':
      return `${number.format(value)} d`;
    case 'minutes':
      return `${number.format(value)} min`;
    case 'currency':
      return whole.format(value);
    default:
      return number.format(value);
  }
}

export function formatCount(value: number): string {
  return whole.format(value);
}

/** `team:default/checkout` → `checkout`; other refs keep their kind: `service:payments`. */
export function shortRef(ref: string | null | undefined): string {
  if (!ref) return '—';
  const match = /^([a-z-]+):(?:[a-z0-9-]+\/)?(.+)$/.exec(ref);
  if (!match) return ref;
  return match[1] === 'team' || match[1] === 'person' ? (match[2] ?? ref) : `${match[1]}:${match[2]}`;
}

export function titleCase(text: string): string {
  return text.replace(
    /(^|[-_ ])(\w)/g,
    (_, gap: string, letter: string) => (gap ? ' ' : '') + letter.toUpperCase(),
  );
}
