import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapDependabotAlerts } from './map-dependabot.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));
const context = { file: 'alerts.json', observedAt: '2026-03-01T00:00:00.000Z' };

describe('Dependabot alerts', () => {
  it('maps the REST alert list, keyed by repository and alert number', () => {
    const { findings, issues } = mapDependabotAlerts(fixture('dependabot-alerts.json'), context);
    expect(issues).toEqual([]);
    expect(findings.map((finding) => `${finding.source}:${finding.key}`)).toEqual([
      'dependabot:wolfy1339/pika-pack#20',
      'dependabot:octocat/hello-world#1',
    ]);
    const [open, fixed] = findings;
    expect(open).toMatchObject({
      repository: 'wolfy1339/pika-pack',
      package: 'semver',
      ecosystem: 'npm',
      advisory: 'CVE-2022-25883',
      severity: 'medium',
      state: 'open',
      openedAt: '2023-06-24T13:57:12Z',
      fixedAt: null,
      dismissedAt: null,
    });
    expect(fixed).toMatchObject({
      package: 'ansible',
      state: 'fixed',
      openedAt: '2022-06-14T15:21:52Z',
      fixedAt: '2022-06-15T13:55:40Z',
    });
  });

  it('reads a webhook event with the repository it carries, and lets --repository name the repository', () => {
    const event = fixture('dependabot-alert-created.event.json');
    const plain = mapDependabotAlerts(event, context);
    expect(plain.findings[0]?.repository).toBe('wolfy1339/pika-pack');
    const named = mapDependabotAlerts(event, { ...context, repository: 'storefront' });
    expect(named.findings[0]?.repository).toBe('storefront');
    // The key stays the payload's, so naming the repository does not duplicate the finding.
    expect(named.findings[0]?.key).toBe(plain.findings[0]?.key);
  });

  it('treats an auto-dismissed alert as dismissed at its auto-dismissal time', () => {
    const [alert] = fixture('dependabot-alerts.json') as Record<string, unknown>[];
    const auto = { ...alert, state: 'auto_dismissed', auto_dismissed_at: '2023-07-01T00:00:00Z' };
    const { findings } = mapDependabotAlerts([auto], context);
    expect(findings[0]).toMatchObject({ state: 'dismissed', dismissedAt: '2023-07-01T00:00:00Z' });
  });

  it('reports an alert with an unknown severity by its index and key, and keeps the good ones', () => {
    const alerts = fixture('dependabot-alerts.json') as Record<string, Record<string, unknown>>[];
    const bad = {
      ...alerts[1],
      security_vulnerability: { ...alerts[1]?.security_vulnerability, severity: 'severe' },
    };
    const { findings, issues } = mapDependabotAlerts([alerts[0], bad], context);
    expect(findings).toHaveLength(1);
    expect(issues).toEqual([
      expect.objectContaining({
        file: 'alerts.json',
        record: 'alerts[1] (octocat/hello-world#1)',
        path: 'security_vulnerability.severity',
        found: '"severe"',
      }),
    ]);
  });

  it('names the field of an alert missing what every alert has', () => {
    const [alert] = fixture('dependabot-alerts.json') as Record<string, unknown>[];
    const { issues } = mapDependabotAlerts([{ ...alert, created_at: 'yesterday' }], context);
    expect(issues[0]).toMatchObject({ record: 'alerts[0]', path: 'created_at', found: '"yesterday"' });
  });

  it('refuses a payload that is neither a list nor an event', () => {
    const { issues } = mapDependabotAlerts({ message: 'Not Found' }, context);
    expect(issues[0]?.message).toMatch(/not a list of Dependabot alerts/);
  });
});
