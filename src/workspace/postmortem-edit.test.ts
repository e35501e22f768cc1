import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.js';
import { type ActionItemEntry, appendActionItem } from './postmortem-edit.js';
import { parsePostmortem } from './postmortems.js';

const FILE = 'postmortems/2026-03-04-checkout.md';

const TEXT = `---
incident: sextant:INC-7 # the outage of 4 March
title: "Checkout unavailable: 27 minutes"
status: published
authors: [dana-kim]
published: 2026-03-06
actionItems:
  # the linter first, it would have caught it
  - id: AI-1
    title: Add a lint rule that rejects blocking index builds
    owner: lee-park
    due: 2026-03-20
    kind: systemic
---

## Timeline

- 14:02 Checkout errors start.
`;

const ITEM: ActionItemEntry = {
  id: 'AI-2',
  title: 'Page the on-call engineer when checkout errors pass 2 %',
  owner: 'dana-kim',
  due: '2026-04-01',
  status: 'open',
  kind: 'systemic',
};

const parse = (text: string) => {
  const parsed = parsePostmortem(FILE, new TextEncoder().encode(text));
  if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
  return parsed.postmortem;
};

describe('appendActionItem', () => {
  it('adds the item after the others and keeps every other field, comment and body line', () => {
    const text = appendActionItem(FILE, TEXT, ITEM);
    const postmortem = parse(text);
    expect(postmortem.actionItems.map((item) => item.id)).toEqual(['AI-1', 'AI-2']);
    expect(postmortem.actionItems[1]).toEqual({ ...ITEM, owner: 'person:default/dana-kim' });
    expect(postmortem.title).toBe('Checkout unavailable: 27 minutes');
    expect(text).toContain('incident: sextant:INC-7 # the outage of 4 March');
    expect(text).toContain('  # the linter first, it would have caught it');
    expect(text.endsWith('## Timeline\n\n- 14:02 Checkout errors start.\n')).toBe(true);
    expect(text.split('\n').slice(0, 13)).toEqual(TEXT.split('\n').slice(0, 13));
  });

  it('makes the list when the postmortem has none, and keeps Windows line endings', () => {
    const bare = TEXT.replace(/actionItems:[\s\S]*?(?=---)/, '').replaceAll('\n', '\r\n');
    const text = appendActionItem(FILE, bare, ITEM);
    expect(parse(text).actionItems.map((item) => item.id)).toEqual(['AI-2']);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('turns an empty flow list into a block list of one', () => {
    const text = appendActionItem(
      FILE,
      TEXT.replace(/actionItems:[\s\S]*?(?=---)/, 'actionItems: []\n'),
      ITEM,
    );
    expect(text).toMatch(/actionItems:\n {2}- id: AI-2\n/);
  });

  it('refuses a file without front matter', () => {
    expect(() => appendActionItem(FILE, '# Checkout\n', ITEM)).toThrow(InputError);
  });
});
