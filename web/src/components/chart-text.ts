/**
 * ECharts draws tooltips as HTML, so any text from the workspace that goes into a tooltip formatter is
 * escaped here first; labels drawn in the SVG are text already.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/**
 * The page's font, named: ECharts measures label widths on a canvas, which cannot resolve `inherit`, so
 * legends and labels measured with it overlap. `<Chart>` sets it on every chart.
 */
export const CHART_TEXT = {
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};
