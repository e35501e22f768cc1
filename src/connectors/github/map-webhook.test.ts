import { describe, expect, it } from 'vitest';
import { readRecorded } from '../../../test/connectors/github/recorded.js';
import { mapWebhookEvent, type WebhookEvent } from './map-webhook.js';

const mapExample = (event: WebhookEvent, file: string) =>
  mapWebhookEvent(event, readRecorded(`github-webhooks-examples/${event}/${file}`));

describe('GitHub webhook mapping', () => {
  it('maps each event Sextant reads from the documented examples', () => {
    const counts = (event: WebhookEvent, file: string) => {
      const mapped = mapExample(event, file);
      if (mapped.kind !== 'mapped') throw new Error(JSON.stringify(mapped.issues));
      expect(mapped.batch.issues).toEqual([]);
      return Object.fromEntries(
        Object.entries(mapped.batch.records).flatMap(([type, records]) =>
          records.length ? [[type, records.length]] : [],
        ),
      );
    };
    expect(counts('pull_request', 'closed.payload.json')).toEqual({ 'pull-request': 1 });
    expect(counts('pull_request_review', 'submitted.payload.json')).toEqual({ review: 1 });
    expect(counts('pull_request_review', 'dismissed.payload.json')).toEqual({ review: 1 });
    expect(counts('push', 'with-new-branch.payload.json')).toEqual({ commit: 1 });
    expect(counts('push', 'payload.json')).toEqual({});
    expect(counts('deployment_status', 'payload.json')).toEqual({ deployment: 1 });
    expect(counts('deployment', 'payload.json')).toEqual({});
    expect(counts('workflow_run', 'completed.payload.json')).toEqual({ 'ci-run': 1 });
    expect(counts('workflow_run', 'requested.payload.json')).toEqual({});
    expect(counts('workflow_job', 'completed.success.with-organization.payload.json')).toEqual({
      'ci-run': 1,
    });
    expect(counts('release', 'published.payload.json')).toEqual({});
  });

  it('says why a release targeting a branch waits for the next sync', () => {
    const mapped = mapExample('release', 'published.payload.json');
    expect(mapped.kind === 'mapped' && mapped.batch.skipped[0]?.reason).toMatch(/tag 0\.0\.1 is unknown/);
  });

  it('names the missing field of a malformed delivery', () => {
    const body = readRecorded<Record<string, unknown>>(
      'github-webhooks-examples/pull_request_review/submitted.payload.json',
    );
    expect(mapWebhookEvent('pull_request_review', { ...body, pull_request: {} })).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'pull_request.number' }],
    });
    expect(mapWebhookEvent('push', { commits: [] })).toMatchObject({
      kind: 'invalid',
      issues: [{ path: 'repository' }],
    });
  });
});
