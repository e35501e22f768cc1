/** Deliveries from other systems, each checked against its own source's secret rather than an API token. */
import { incidentWebhookQuery } from '../routes/webhooks-incidents.js';
import type { ResourceDoc } from './operation.js';

export const WEBHOOK_RESOURCES: readonly ResourceDoc[] = [
  {
    tag: 'webhooks',
    description: 'Deliveries from GitHub, GitLab and incident tools, each signed with its own secret.',
    operations: [
      {
        method: 'post',
        path: '/api/webhooks/github',
        operationId: 'receiveGithubDelivery',
        summary: 'Receive a GitHub webhook delivery',
        body: {
          description: 'The GitHub event payload, named by X-GitHub-Event.',
          types: ['application/json'],
        },
        returns: 'The delivery was read: what was written and skipped (and `ping` answered).',
        alsoReturns: { status: 202, description: 'An event Sextant does not read, with the reason.' },
        access: 'github',
      },
      {
        method: 'post',
        path: '/api/webhooks/gitlab',
        operationId: 'receiveGitlabDelivery',
        summary: 'Receive a GitLab webhook delivery',
        body: {
          description: 'The GitLab event payload, named by X-Gitlab-Event.',
          types: ['application/json'],
        },
        returns: 'The delivery was read: what was written.',
        alsoReturns: { status: 202, description: 'An event Sextant does not read.' },
        access: 'gitlab',
      },
      {
        method: 'post',
        path: '/api/webhooks/incidents',
        operationId: 'receiveIncidentDelivery',
        summary: 'Receive incidents from any tool',
        query: incidentWebhookQuery,
        body: {
          description: 'An incident in the import file shape (docs/import.md), or a list of them.',
          types: ['application/json'],
        },
        returns: 'How many incidents were created, updated and unchanged, with their ids.',
        access: 'incident-webhook',
        errors: ['InvalidImport'],
      },
    ],
  },
];
