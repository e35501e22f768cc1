/** Plain-text tables for the terminal: columns padded to their widest cell, two spaces apart. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => cell.padEnd(widths[index] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** `team:default/checkout` → `checkout`; other namespaces keep theirs. */
export function shortName(ref: string | null): string {
  if (ref === null) return '-';
  const name = ref.slice(ref.indexOf(':') + 1);
  return name.startsWith('default/') ? name.slice('default/'.length) : name;
}
