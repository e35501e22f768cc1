import { describe, expect, it } from 'vitest';
import { parseYamlSource, type YamlSource } from '../yaml-source.js';
import { parseSurvey } from './surveys.js';

function source(file: string, text: string): YamlSource {
  const read = parseYamlSource(file, text);
  if (read.kind !== 'parsed') throw new Error('test YAML does not parse');
  return read.source;
}

const read = (name: string, text: string) => parseSurvey(source(`surveys/${name}.yaml`, text), name);

describe('survey definitions', () => {
  it('gives a developer-experience survey the fourteen DX items when it lists no questions', () => {
    const { survey, issues } = read(
      'dx-2026-q3',
      'kind: dx\ntitle: DX Q3\nopens: 2026-09-01\ncloses: 2026-09-12\n',
    );
    expect(issues).toEqual([]);
    expect(survey?.items).toHaveLength(14);
    expect(survey?.items.find((item) => item.id === 'ci-speed')).toMatchObject({
      type: 'scale',
      min: 1,
      max: 5,
      area: 'ci',
    });
    expect(survey?.id).toBe('dx-2026-q3');
  });

  it('puts the standard 0–10 question first on an eNPS survey', () => {
    const { survey } = read(
      'enps-1',
      'kind: enps\ntitle: eNPS\nopens: 2026-11-01\ncloses: 2026-11-10\nresponses: [data/e.csv]\n',
    );
    expect(survey?.items.map((item) => item.id)).toEqual(['recommend', 'recommend-reason']);
    expect(survey?.items[0]).toMatchObject({ min: 0, max: 10 });
    expect(survey?.responseFiles).toEqual(['data/e.csv']);
  });

  it('refuses a pulse survey without questions, at its line', () => {
    const { survey, issues } = read(
      'pulse-1',
      'kind: pulse\ntitle: Pulse\nopens: 2026-10-01\ncloses: 2026-10-08\n',
    );
    expect(survey).toBeUndefined();
    expect(issues[0]).toMatchObject({
      file: 'surveys/pulse-1.yaml',
      message: 'a pulse survey lists its questions',
    });
  });

  it('names the field, what was found and what was expected for a window that runs backwards', () => {
    const { issues } = read('dx-x', 'kind: dx\ntitle: DX\nopens: 2026-09-12\ncloses: 2026-09-01\n');
    expect(issues).toEqual([
      expect.objectContaining({
        line: 4,
        path: 'closes',
        found: '2026-09-01',
        expected: 'a day on or after opens (2026-09-12)',
      }),
    ]);
  });

  it('refuses an id that differs from the file name, an unknown kind and duplicate question ids', () => {
    expect(
      read('dx-a', 'id: dx-b\nkind: dx\ntitle: DX\nopens: 2026-09-01\ncloses: 2026-09-02\n').issues[0],
    ).toMatchObject({
      path: 'id',
      found: 'dx-b',
    });
    expect(
      read('x', 'kind: weekly\ntitle: X\nopens: 2026-09-01\ncloses: 2026-09-02\n').issues[0],
    ).toMatchObject({
      path: 'kind',
      line: 1,
    });
    const duplicate = read(
      'pulse-2',
      'kind: pulse\ntitle: P\nopens: 2026-09-01\ncloses: 2026-09-02\nquestions:\n  - { id: load, type: scale, text: A }\n  - { id: load, type: text, text: B }\n',
    );
    expect(duplicate.issues).toEqual([
      expect.objectContaining({ path: 'questions[1].id', line: 7, found: 'load' }),
    ]);
  });

  it('allows only open questions besides the standard one on an eNPS survey', () => {
    const { issues } = read(
      'enps-2',
      'kind: enps\ntitle: E\nopens: 2026-09-01\ncloses: 2026-09-02\nquestions:\n  - { id: mood, type: scale, text: A }\n',
    );
    expect(issues).toEqual([
      expect.objectContaining({ path: 'questions[0].type', found: 'scale', expected: 'text' }),
    ]);
  });
});
