/**
 * The reports' stylesheet, inlined in every HTML report: readable on screen, and on A4 paper with page
 * breaks kept out of tiles, tables rows and charts. Status colours match the dashboard's meaning: green on
 * target, red off target, grey without data.
 */
export const REPORT_CSS = `
:root { --ink: #1d2733; --muted: #5b6672; --line: #d6dbe1; --ok: #2e7d4f; --bad: #b8433f; --none: #8c8c8c; }
* { box-sizing: border-box; }
body { font-family: Helvetica, Arial, sans-serif; color: var(--ink); margin: 0 auto; max-width: 980px; padding: 24px; font-size: 13px; line-height: 1.45; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
.subtitle { font-size: 15px; margin: 0 0 4px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 10px 0; }
.tile { border: 1px solid var(--line); border-left: 5px solid var(--none); border-radius: 4px; padding: 8px 10px; break-inside: avoid; }
.tile.on-target { border-left-color: var(--ok); }
.tile.off-target { border-left-color: var(--bad); }
.tile.withheld, .tile.no-data { border-left-color: var(--none); }
.tile .label { color: var(--muted); font-size: 11px; }
.tile .value { font-size: 20px; font-weight: bold; margin: 2px 0; }
.tile .change, .tile .target, .tile .note { font-size: 11px; color: var(--muted); }
.tile .status { font-size: 10px; text-transform: uppercase; letter-spacing: 0.04em; margin-top: 3px; }
.tile.on-target .status { color: var(--ok); }
.tile.off-target .status { color: var(--bad); }
table { border-collapse: collapse; width: 100%; margin: 10px 0; font-size: 12px; }
caption, .caption { text-align: left; font-weight: bold; padding: 4px 0; margin: 10px 0 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f5f7; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
.empty { color: var(--muted); font-style: italic; }
figure.chart { margin: 12px 0; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 12px; }
.callout { border-left: 4px solid #2f5d8a; background: #f1f5fa; padding: 8px 12px; margin: 10px 0; }
.callout.warning { border-left-color: #d9822b; background: #fdf5ec; }
.callout.critical { border-left-color: var(--bad); background: #fbeeee; }
.missing { border: 1px dashed var(--none); color: var(--muted); padding: 8px 12px; margin: 10px 0; }
@page { size: A4; margin: 18mm 14mm 18mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  h2 { break-after: avoid; }
  .tiles { grid-template-columns: repeat(4, 1fr); }
}
`;
