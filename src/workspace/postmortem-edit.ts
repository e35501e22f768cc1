/**
 * Editing a postmortem's front matter in place: the YAML between the opening and closing `---` is edited as
 * a document (the `yaml` library's Document API), not rewritten from data, so its comments, quoting and
 * order stay as they were written; the body after it is kept byte for byte, line endings included. Pure:
 * the caller reads the file, validates the result and writes it.
 */
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { InputError } from '../domain/errors.js';

/** An action item as it is written into the front matter, in the order of the documented example. */
export interface ActionItemEntry {
  id: string;
  title: string;
  owner: string;
  due: string;
  status: 'open';
  kind: 'systemic' | 'individual';
}

/** The file's text with `item` appended to `actionItems` (made when absent), everything else as it was. */
export function appendActionItem(file: string, text: string, item: ActionItemEntry): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (lines[0]?.trim() !== '---' || close === -1)
    throw new InputError(`${file} has no front matter to add the action item to`, [
      { file, line: 1, message: 'no front matter', expected: 'a YAML front matter between two "---" lines' },
    ]);
  const doc = parseDocument(lines.slice(1, close).join('\n'));
  if (doc.errors.length > 0 || !isMap(doc.contents))
    throw new InputError(`The front matter of ${file} is not a YAML mapping`, [
      { file, line: 2, message: doc.errors[0]?.message ?? 'not a mapping', expected: 'a YAML mapping' },
    ]);
  const entry = doc.createNode(item) as YAMLMap;
  const existing = doc.get('actionItems', true);
  if (isSeq(existing)) {
    const first = existing.items[0];
    // The new item looks like the ones before it; an empty `[]` becomes a block list.
    entry.flow = isMap(first) ? Boolean(first.flow) : false;
    if (existing.items.length === 0) existing.flow = false;
    existing.items.push(entry);
  } else {
    const list = doc.createNode([]) as YAMLSeq;
    list.items.push(entry);
    doc.set('actionItems', list);
  }
  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false }).replace(/\n$/, '').split('\n');
  return [lines[0], ...front, ...lines.slice(close)].join(eol);
}
