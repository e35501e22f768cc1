/**
 * The digest posted to a Slack incoming webhook, received by a local HTTP server: the Block Kit payload
 * as Slack would get it, and the retries on 429 (honouring Retry-After) and 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_MAX_BLOCKS, SLACK_MAX_SECTION_TEXT, toSlackMessage } from '../../src/reports/slack-blocks.js';
import { DeliveryError, postSlackMessage } from '../../src/services/delivery/slack.js';
import { buildSampleDigest, startWebhookReceiver, type WebhookReceiver } from './delivery-receivers.js';

const BLOCK_TYPES = new Set(['header', 'section', 'context', 'divider']);

type Block = {
  type: string;
  text?: { type: string; text: string };
  elements?: { type: string; text: string }[];
};

describe('Slack webhook delivery', () => {
  let receiver: WebhookReceiver;
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('delivers the digest as Block Kit: a header, then sections with the KPI and finding lines', async () => {
    receiver.requests.length = 0;
    const attempts = await postSlackMessage(receiver.url, toSlackMessage(buildSampleDigest()), { sleep });
    expect(attempts).toBe(1);
    expect(receiver.requests).toHaveLength(1);
    const request = receiver.requests[0];
    expect(request?.headers['content-type']).toMatch(/^application\/json/);
    const body = request?.body as { text: string; blocks: Block[] };
    expect(body.text).toBe('Fernwood Market: Weekly digest, 2026-W47');
    expect(body.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
    expect(body.blocks.every((block) => BLOCK_TYPES.has(block.type))).toBe(true);
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Fernwood Market: Weekly digest, 2026-W47' },
    });
    const sections = body.blocks
      .filter((block) => block.type === 'section')
      .map((block) => block.text?.text ?? '');
    expect(sections.every((text) => text.length <= SLACK_MAX_SECTION_TEXT)).toBe(true);
    const kpis = sections.find((text) => text.startsWith('*KPIs off target (1)*'));
    expect(kpis).toContain(
      '• Change failure rate: 22% (target under 10%, up from 15%; 2026-W47, owner VP of Engineering)',
    );
    const findings = sections.find((text) => text.startsWith('*Findings: new and high (1)*'));
    // Angle brackets are escaped, so a title can never become a link or a mention.
    expect(findings).toContain(
      ':red_circle: New, high: Checkout deploys fail one time in four &lt;since October&gt; (owner team:default/checkout) [F-3a9c41d2]',
    );
    expect(sections).toContain('*Incidents*\n3 incidents (1 SEV-1, 2 SEV-3); 1 still open.');
    expect(sections.some((text) => text.includes('Dependency needed 2026-11-27'))).toBe(true);
  });

  it('waits as long as Retry-After asks after a 429, then delivers', async () => {
    receiver.requests.length = 0;
    waits.length = 0;
    receiver.script.push({ status: 429, body: 'rate_limited', headers: { 'retry-after': '3' } });
    const attempts = await postSlackMessage(receiver.url, { text: 'hello' }, { sleep });
    expect(attempts).toBe(2);
    expect(waits).toEqual([3000]);
    expect(receiver.requests).toHaveLength(2);
  });

  it('backs off exponentially on server errors', async () => {
    receiver.requests.length = 0;
    waits.length = 0;
    receiver.script.push({ status: 500, body: 'oops' }, { status: 503, body: 'busy' });
    const attempts = await postSlackMessage(receiver.url, { text: 'hello' }, { sleep, backoffMs: 1000 });
    expect(attempts).toBe(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('gives up at once on a 4xx, naming the status and what Slack answered', async () => {
    receiver.requests.length = 0;
    receiver.script.push({ status: 400, body: 'invalid_blocks' });
    const error = await postSlackMessage(receiver.url, { text: 'hello' }, { sleep }).catch(
      (caught) => caught,
    );
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).status).toBe(400);
    expect((error as Error).message).toContain('Slack answered 400: invalid_blocks');
    expect(receiver.requests).toHaveLength(1);
  });

  it('stops after the last attempt when the webhook keeps failing', async () => {
    receiver.script.push(...Array.from({ length: 3 }, () => ({ status: 502, body: 'bad gateway' })));
    const error = await postSlackMessage(receiver.url, { text: 'x' }, { sleep, maxAttempts: 3 }).catch(
      (e) => e,
    );
    expect((error as Error).message).toContain('failed 3 times. Last: Slack answered 502: bad gateway');
  });
});
