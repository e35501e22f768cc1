import { describe, expect, it } from 'vitest';
import { splitJsonArray } from './json-array.js';

const FILE = 'incidents.json';

describe('splitJsonArray', () => {
  it('gives each element of a pretty-printed array with the line and column it starts at', () => {
    const text = '[\n  {\n    "key": "a",\n    "tags": [1, 2]\n  },\n  {"key": "b"},\n  7\n]\n';
    const result = splitJsonArray(FILE, text, 'incident');
    expect(result).toEqual({
      kind: 'elements',
      elements: [
        { text: '{\n    "key": "a",\n    "tags": [1, 2]\n  }', line: 2, column: 3 },
        { text: '{"key": "b"}', line: 6, column: 3 },
        { text: '7', line: 7, column: 3 },
      ],
    });
  });

  it('reads an empty array as no elements, and skips a byte order mark', () => {
    expect(splitJsonArray(FILE, '[]', 'incident')).toEqual({ kind: 'elements', elements: [] });
    expect(splitJsonArray(FILE, '\uFEFF[{"key": "a"}]', 'incident')).toEqual({
      kind: 'elements',
      elements: [{ text: '{"key": "a"}', line: 1, column: 2 }],
    });
  });

  it('reports the first syntax error at its line and column, and nothing else', () => {
    const text = '[\n  {"key": "a"},\n  {"key": "b",},\n  {"key" "c"}\n]';
    expect(splitJsonArray(FILE, text, 'incident')).toEqual({
      kind: 'issues',
      issues: [
        {
          file: FILE,
          line: 3,
          column: 15,
          message: 'is not valid JSON: found a missing property name (or a trailing comma)',
          expected: 'one JSON array of incident records',
        },
      ],
    });
  });

  it('refuses what JSON refuses: comments, trailing commas, single quotes, text after the array', () => {
    for (const text of ['[1] // note', '[1,]', "['a']", '[1] [2]', '']) {
      expect(splitJsonArray(FILE, text, 'incident').kind).toBe('issues');
    }
  });

  it('says so when the file holds an object or a single value instead of an array', () => {
    expect(splitJsonArray(FILE, '{"incidents": []}', 'incident')).toMatchObject({
      kind: 'issues',
      issues: [{ line: 1, message: 'is not a JSON array', found: 'an object' }],
    });
    expect(splitJsonArray(FILE, '"x"', 'incident')).toMatchObject({
      kind: 'issues',
      issues: [{ found: 'a single value', expected: 'one JSON array of incident records' }],
    });
  });
});
