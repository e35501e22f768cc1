/**
 * The dependency graph as text, Mermaid or Graphviz DOT. Edges run from provider to consumer. In the
 * drawings an open blocking dependency is a thick line, a closed one dotted, and an overdue one red.
 */
import type { DependencyGraph, DependencyGraphEdge } from '../../services/dependencies.service.js';
import { formatTable, shortName } from '../table.js';

export const GRAPH_FORMATS = ['text', 'mermaid', 'dot'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export function formatGraph(graph: DependencyGraph, format: GraphFormat): string {
  if (format === 'mermaid') return formatMermaid(graph);
  if (format === 'dot') return formatDot(graph);
  return formatGraphText(graph);
}

function edgeLabel(edge: DependencyGraphEdge): string {
  const state = edge.overdue ? `${-(edge.daysToNeededBy ?? 0)}d overdue` : edge.status;
  return `${edge.name} (${edge.type}, ${state})`;
}

function formatGraphText(graph: DependencyGraph): string {
  if (graph.edges.length === 0) return `No dependencies (as of ${graph.asOf}).`;
  const nodes = formatTable(
    ['team', 'provides', 'consumes', 'open blocking owed', 'open blocking awaited', 'overdue owed'],
    graph.nodes.map((node) => [
      shortName(node.team),
      String(node.provides),
      String(node.consumes),
      String(node.openBlockingProvided),
      String(node.openBlockingConsumed),
      String(node.overdueProvided),
    ]),
  );
  const edges = graph.edges.map(
    (edge) =>
      `  ${shortName(edge.from)} -> ${shortName(edge.to)}: ${edgeLabel(edge)}${edge.overdue ? ' !' : ''}`,
  );
  return [`Dependency graph as of ${graph.asOf}`, nodes, '', 'Edges (provider -> consumer):', ...edges].join(
    '\n',
  );
}

function formatMermaid(graph: DependencyGraph): string {
  const ids = new Map(graph.nodes.map((node, index) => [node.team, `t${index}`]));
  const lines = ['flowchart LR'];
  for (const node of graph.nodes)
    lines.push(`  ${ids.get(node.team)}["${mermaidText(shortName(node.team))}"]`);
  const red: number[] = [];
  graph.edges.forEach((edge, index) => {
    const arrow = !edge.open ? '-.->' : edge.type === 'blocking' ? '==>' : '-->';
    lines.push(`  ${ids.get(edge.from)} ${arrow}|"${mermaidText(edgeLabel(edge))}"| ${ids.get(edge.to)}`);
    if (edge.overdue) red.push(index);
  });
  if (red.length > 0) lines.push(`  linkStyle ${red.join(',')} stroke:#d62728,color:#d62728`);
  return lines.join('\n');
}

/** Mermaid labels are quoted; a double quote inside one is written as an entity. */
function mermaidText(text: string): string {
  return text.replaceAll('"', '#quot;');
}

function formatDot(graph: DependencyGraph): string {
  const lines = ['digraph dependencies {', '  rankdir=LR;', '  node [shape=box];'];
  for (const node of graph.nodes)
    lines.push(`  ${dotText(node.team)} [label=${dotText(shortName(node.team))}];`);
  for (const edge of graph.edges) {
    const attributes = [`label=${dotText(edgeLabel(edge))}`];
    if (!edge.open) attributes.push('style=dotted');
    else if (edge.type === 'blocking') attributes.push('style=bold');
    if (edge.overdue) attributes.push('color=red', 'fontcolor=red');
    lines.push(`  ${dotText(edge.from)} -> ${dotText(edge.to)} [${attributes.join(', ')}];`);
  }
  lines.push('}');
  return lines.join('\n');
}

/** A DOT quoted string: backslashes and double quotes escaped. */
function dotText(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
