/**
 * Incidents from every source with what each owes now, one in full, and Sextant's own incident writes:
 * declaring one and recording a timeline event on it. Both writes need records.write (manager, leader,
 * admin); an incident imported from another source is that source's to change, and the service says so.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { SEVERITIES } from '../../domain/records/incident.js';
import {
  listIncidents,
  openIncident,
  showIncident,
  updateIncident,
} from '../../services/incidents.service.js';
import {
  incidentListSchema,
  openIncidentSchema,
  updateIncidentSchema,
} from '../../services/incidents-input.js';
import { addTool, jsonResult, type McpScope } from '../tool.js';

const incidentId = z
  .string()
  .min(1)
  .describe("incident id: sextant:INC-7, INC-7, or another source's id such as pagerduty:Q1ABC");

export function registerIncidentTools(server: McpServer, scope: McpScope): void {
  const { context } = scope;
  addTool(
    server,
    scope,
    'list-incidents',
    {
      title: 'Incidents',
      description:
        'Incidents from every source, newest first, each with severity, status, service, commander, its times and what is overdue on an open one. Filters: open, severity, service, team (the services it owns), status, source, since/until (local days), limit.',
      input: incidentListSchema,
    },
    async (query) => jsonResult(await listIncidents(context, query, new Date())),
  );
  addTool(
    server,
    scope,
    'get-incident',
    {
      title: 'One incident',
      description:
        'One incident in full: root cause, responders, who holds each role, the timeline, and the duties overdue and coming due under the severity policy.',
      input: z.strictObject({ id: incidentId }),
    },
    async ({ id }) => jsonResult(await showIncident(context, id, new Date())),
  );
  addTool(
    server,
    scope,
    'open-incident',
    {
      title: 'Declare an incident',
      description: `Declares a new Sextant incident (INC-<n>) with a severity (${SEVERITIES.join(', ')}) and title, optionally its service and commander (declared references) and when it started; answers with the incident as get-incident shows it. Needs records.write (manager, leader, admin).`,
      input: openIncidentSchema,
      write: {
        capability: 'records.write',
        audit: ({ severity, service }) => ({ severity, ...(service ? { service } : {}) }),
      },
    },
    async (input) => {
      const now = new Date();
      return jsonResult(await showIncident(context, await openIncident(context, input, now), now));
    },
  );
  addTool(
    server,
    scope,
    'record-incident-update',
    {
      title: 'Record an incident update',
      description:
        'Records a timeline event on a Sextant incident: a note, an update to an audience (internal, external, executive) when audience is given with the note, a status move (investigating, mitigated, resolved, reviewed), a severity change, a role handover (roles: { commander: person }) or an acknowledgement. Answers with the incident as get-incident shows it. Needs records.write (manager, leader, admin).',
      // The service checks the update as a whole (a note for an audience, something to record).
      input: z.strictObject({ incident: incidentId, ...updateIncidentSchema.shape }),
      write: {
        capability: 'records.write',
        audit: ({ incident, status, severity, audience }) => ({
          incident,
          ...(status ? { status } : {}),
          ...(severity ? { severity } : {}),
          ...(audience ? { audience } : {}),
        }),
      },
    },
    async ({ incident, ...change }) => {
      const now = new Date();
      return jsonResult(
        await showIncident(context, await updateIncident(context, incident, change, now), now),
      );
    },
  );
}
