/**
 * Local stand-ins for the systems reports are delivered to: an HTTP server playing a Slack incoming
 * webhook (answering from a script of statuses, then 200 "ok") and an SMTP server keeping each message.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Digest } from '../../src/reports/digest.js';

export interface WebhookRequest {
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface WebhookReceiver {
  url: string;
  requests: WebhookRequest[];
  /** Answers for the next requests, in order: status, body and extra headers. */
  script: { status: number; body: string; headers?: Record<string, string> }[];
  close: () => Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const receiver = { requests: [], script: [] } as unknown as WebhookReceiver;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      receiver.requests.push({
        headers: request.headers,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      const answer = receiver.script.shift() ?? { status: 200, body: 'ok' };
      response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers });
      response.end(answer.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T000/B000/XXXX`;
  receiver.close = () => new Promise((resolve) => server.close(() => resolve()));
  return receiver;
}

export interface MailReceiver {
  url: string;
  messages: { from: string; to: string[]; raw: string }[];
  close: () => Promise<void>;
}

export async function startMailReceiver(): Promise<MailReceiver> {
  const messages: MailReceiver['messages'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A digest with every part filled, as the service would build it. */
export function buildSampleDigest(overrides: Partial<Digest> = {}): Digest {
  return {
    org: 'Fernwood Market',
    title: 'Weekly digest',
    period: { label: '2026-W47', from: '2026-11-16', to: '2026-11-22' },
    since: '2026-11-16T07:00:00.000Z',
    generatedAt: '2026-11-23T07:00:03.000Z',
    viewerRole: 'leader',
    kpis: {
      offTarget: [
        {
          id: 'delivery.change-failure-rate',
          title: 'Change failure rate',
          unit: 'fraction',
          value: 0.22,
          previous: 0.15,
          target: 0.1,
          targetText: 'under 10%',
          trendDirection: 'worsening',
          owner: 'VP of Engineering',
          periodLabel: '2026-W47',
        },
      ],
      onTarget: 7,
      noData: 3,
      withheld: 0,
    },
    findings: [
      {
        id: 'F-3a9c41d2',
        severity: 'high',
        title: 'Checkout deploys fail one time in four <since October>',
        subject: 'team:default/checkout',
        owner: 'team:default/checkout',
        isNew: true,
      },
    ],
    incidents: {
      total: 3,
      bySeverity: [
        { severity: 'SEV-1', count: 1 },
        { severity: 'SEV-2', count: 0 },
        { severity: 'SEV-3', count: 2 },
        { severity: 'SEV-4', count: 0 },
      ],
      open: 1,
    },
    deadlines: [
      {
        kind: 'dependency',
        due: '2026-11-27',
        title: 'team:default/checkout needs the payments API v2 from team:default/payments',
        owner: 'team:default/payments',
        overdue: false,
      },
    ],
    ...overrides,
  };
}
