/**
 * The MCP server: Sextant's figures, registers and a few writes for an AI assistant, acting as one viewer.
 *
 * Rules and reasons:
 * - One server per viewer. `sextant mcp` makes one for the local operator over stdio; the HTTP route makes
 *   one per request for the request's token, so a role never leaks from one caller to the next.
 * - Every tool calls the same service as the HTTP route for the same data, passing the viewer wherever the
 *   service takes one: people data is gated, withheld and audited exactly as in the API.
 * - Writes need their capability (records.write, okrs.write, findings.manage) and are audited as
 *   `mcp <tool>` whether allowed or refused (tool.ts).
 * - Failures are answers, never crashes (errors.ts).
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Viewer } from '../domain/privacy.js';
import type { AppContext } from '../services/context.js';
import { readVersion } from '../services/version.js';
import type { Log } from './errors.js';
import { registerPrompts } from './prompt.js';
import { registerResources } from './resources.js';
import type { McpScope } from './tool.js';
import { registerFindingTools } from './tools/findings.js';
import { registerIncidentTools } from './tools/incidents.js';
import { registerKpiTools } from './tools/kpis.js';
import { registerMetricTools } from './tools/metrics.js';
import { registerOkrTools } from './tools/okrs.js';
import { registerOrgTools } from './tools/org.js';
import { registerPeopleTools } from './tools/people.js';
import { registerPostmortemTools } from './tools/postmortems.js';
import { registerReportTools } from './tools/reports.js';
import { registerRiskTools } from './tools/risks.js';

export interface McpServerOptions {
  /** Where the causes of internal errors go (stderr by default: stdout may be the protocol). */
  log?: Log;
  /** Reloads the workspace into `context` after a tool edited its files (an OKR check-in). */
  reloadWorkspace?: () => Promise<void>;
}

const INSTRUCTIONS =
  "Sextant holds an engineering organization: its teams and services as declared, delivery and incident data from its sources, the metrics and KPI scorecard computed from them, OKRs, risks, and the advisor findings. Start with get-kpi-scorecard and list-findings; cite figures with the ids the tools return. Figures about people follow the caller's role: a withheld figure stays withheld.";

export function createMcpServer(
  context: AppContext,
  viewer: Viewer,
  options: McpServerOptions = {},
): McpServer {
  const server = new McpServer(
    { name: 'sextant', title: 'Sextant', version: readVersion() },
    { instructions: INSTRUCTIONS },
  );
  const scope: McpScope = {
    context,
    viewer,
    log: options.log ?? ((message) => process.stderr.write(`${message}\n`)),
    ...(options.reloadWorkspace ? { reloadWorkspace: options.reloadWorkspace } : {}),
  };
  registerKpiTools(server, scope);
  registerMetricTools(server, scope);
  registerFindingTools(server, scope);
  registerOrgTools(server, scope);
  registerPeopleTools(server, scope);
  registerOkrTools(server, scope);
  registerRiskTools(server, scope);
  registerIncidentTools(server, scope);
  registerPostmortemTools(server, scope);
  registerReportTools(server, scope);
  registerResources(server, scope);
  registerPrompts(server, scope);
  return server;
}
