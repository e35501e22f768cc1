import { describe, expect, it } from 'vitest';
import type { Digest, DigestFinding } from './digest.js';
import type { ReportDocument } from './document.js';
import {
  reportToSlackMessage,
  SLACK_MAX_BLOCKS,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_SECTION_TEXT,
  toSlackMessage,
} from './slack-blocks.js';

function buildDigest(findings: DigestFinding[], org = 'Acme'): Digest {
  return {
    org,
    title: 'Digest',
    period: { label: '2026-W47', from: '2026-11-16', to: '2026-11-22' },
    since: null,
    generatedAt: '2026-11-23T07:00:00.000Z',
    viewerRole: 'leader',
    kpis: { offTarget: [], onTarget: 2, noData: 1, withheld: 0 },
    findings,
    incidents: { total: 0, bySeverity: [{ severity: 'SEV-1', count: 0 }], open: 0 },
    deadlines: [],
  };
}

function buildFinding(index: number, titleLength: number): DigestFinding {
  return {
    id: `F-${String(index).padStart(8, '0')}`,
    severity: 'high',
    title: `Finding ${index} ${'x'.repeat(titleLength)}`,
    subject: 'org',
    owner: null,
    isNew: false,
  };
}

describe('toSlackMessage', () => {
  it('keeps within Slack limits however long the lists are, saying how many were left out', () => {
    const findings = Array.from({ length: 200 }, (_, index) => buildFinding(index, 900));
    const message = toSlackMessage(buildDigest(findings, 'O'.repeat(400)));
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBe(SLACK_MAX_HEADER_TEXT);
    const texts = message.blocks.flatMap((block) => (block.type === 'section' ? [block.text.text] : []));
    expect(Math.max(...texts.map((text) => text.length))).toBeLessThanOrEqual(SLACK_MAX_SECTION_TEXT);
    const findingText = texts.filter((text) => text.includes('Finding ')).join('\n');
    expect(findingText).toContain('Finding 14 ');
    expect(findingText).not.toContain('Finding 15 ');
    expect(findingText).toContain('… and 185 more');
  });

  it('says plainly when a part has nothing to report', () => {
    const texts = toSlackMessage(buildDigest([])).blocks.flatMap((block) =>
      block.type === 'section' ? [block.text.text] : [],
    );
    expect(texts).toContain('*KPIs off target (0)*\n• 2 on target, 1 without data.');
    expect(texts).toContain('*Findings: new and high (0)*\nNo new or high findings.');
    expect(texts).toContain('*Incidents*\nNo incidents in the period.');
  });

  it('announces a report with the headline figures of each section, no data said as such', () => {
    const document: ReportDocument = {
      kind: 'weekly-staff',
      title: 'Weekly staff pack',
      org: 'Acme',
      audience: 'exec',
      period: {
        label: '2026-W47',
        from: '2026-11-16',
        to: '2026-11-22',
        previous: { label: '2026-W46', from: '2026-11-09', to: '2026-11-15' },
      },
      generatedAt: '2026-11-23T07:00:00.000Z',
      sections: [
        {
          id: 'delivery',
          title: 'Delivery',
          blocks: [
            {
              type: 'figures',
              items: [
                { label: 'Change failure rate', value: 0.125, unit: 'fraction' },
                { label: 'Lead time', value: null, unit: 'seconds', note: 'needs deployments from GitHub' },
              ],
            },
          ],
        },
        { id: 'notes', title: 'Notes', blocks: [{ type: 'paragraph', text: 'Nothing to add.' }] },
      ],
    };
    const message = reportToSlackMessage(document);
    expect(message.text).toBe('Acme: Weekly staff pack, 2026-W47');
    const texts = message.blocks.flatMap((block) => (block.type === 'section' ? [block.text.text] : []));
    expect(texts).toEqual([
      '*Delivery*\n• Change failure rate: 12.5%\n• Lead time: needs deployments from GitHub',
    ]);
  });
});
