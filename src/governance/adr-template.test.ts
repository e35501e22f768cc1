import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adrFrontMatterSchema } from '../domain/adr.js';
import { nextAdrNumber, renderAdrTemplate, slugifyTitle } from './adr-template.js';

describe('slugifyTitle', () => {
  it('keeps lower-case words joined by dashes, accents removed', () => {
    expect(slugifyTitle('Adopt Kafka für Événements!')).toBe('adopt-kafka-fur-evenements');
  });

  it('cuts a long title at a word boundary', () => {
    const slug = slugifyTitle(`${'word '.repeat(20)}end`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('word')).toBe(true);
  });

  it('is empty for a title without letters or digits', () => {
    expect(slugifyTitle('?!')).toBe('');
  });
});

describe('nextAdrNumber', () => {
  it('follows the highest number, ignoring other files and gaps', () => {
    expect(nextAdrNumber(['README.md', 'ADR-0002-a.md', 'ADR-0007-b.md', 'notes.txt'])).toBe(8);
    expect(nextAdrNumber([])).toBe(1);
  });
});

describe('renderAdrTemplate', () => {
  it('writes a proposal whose front matter passes the schema, with the standard sections', () => {
    const adr = renderAdrTemplate({ number: 12, title: 'Use: PostgreSQL # everywhere', date: '2026-11-23' });
    expect(adr.id).toBe('ADR-0012');
    expect(adr.fileName).toBe('ADR-0012-use-postgresql-everywhere.md');
    const [, front = '', body = ''] = adr.content.split(/^---$/m);
    const parsed = adrFrontMatterSchema.parse(parse(front));
    expect(parsed).toMatchObject({
      id: 'ADR-0012',
      title: 'Use: PostgreSQL # everywhere',
      status: 'proposed',
    });
    expect(parsed.date).toBe('2026-11-23');
    expect(body.match(/^## .+$/gm)).toEqual([
      '## Context',
      '## Decision',
      '## Consequences',
      '## Alternatives considered',
    ]);
  });
});
