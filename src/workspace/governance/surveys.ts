/**
 * Reading surveys/*.yaml: one survey definition per file, named by its id. A definition's window must run
 * forwards, a pulse survey must ask its questions, an eNPS survey may only add open questions to the
 * standard one, item ids are unique, and two rounds of one kind may not close on the same day (the
 * previous round must be unambiguous). A definition with any problem is left out. Absent files give an
 * empty value.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../../domain/errors.js';
import {
  type QuestionSpec,
  questionSchema,
  type Survey,
  surveyFileSchema,
  surveyIdSchema,
  surveyItems,
} from '../../domain/survey.js';
import { fromZodIssues, issueAt } from '../issues.js';
import { eachValidItem } from '../side-file.js';
import { readYamlSource, type YamlSource } from '../yaml-source.js';
import type { PartRead, PartReader } from './part.js';

export const SURVEYS_DIR = 'surveys';
const YAML_NAME = /^(.+)\.ya?ml$/;

export interface SurveyDefinitions {
  /** Every valid definition, by closing day then id. */
  surveys: Survey[];
}

export const readSurveys: PartReader<SurveyDefinitions> = async (context) => {
  const issues: Issue[] = [];
  const files: string[] = [];
  const surveys: Survey[] = [];
  for (const name of await listSurveyFiles(context.root)) {
    const file = `${SURVEYS_DIR}/${name}`;
    const read = await readYamlSource(context.root, file);
    if (read.kind === 'missing') continue;
    files.push(file);
    if (read.kind === 'invalid') {
      issues.push(...read.issues);
      continue;
    }
    const parsed = parseSurvey(read.source, YAML_NAME.exec(name)?.[1] ?? name);
    issues.push(...parsed.issues);
    if (parsed.survey) surveys.push(parsed.survey);
  }
  issues.push(...checkRoundOrder(surveys));
  surveys.sort((a, b) => a.closes.localeCompare(b.closes) || a.id.localeCompare(b.id));
  return { value: { surveys }, issues, files } satisfies PartRead<SurveyDefinitions>;
};

async function listSurveyFiles(root: string): Promise<string[]> {
  try {
    return (await readdir(path.join(root, SURVEYS_DIR))).filter((name) => YAML_NAME.test(name)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** One definition; `name` is the file name without its extension, which is the survey's id. */
export function parseSurvey(source: YamlSource, name: string): { survey?: Survey; issues: Issue[] } {
  const top = surveyFileSchema.safeParse(source.data ?? {});
  if (!top.success) return { issues: fromZodIssues(source, surveyFileSchema, top.error.issues) };
  const spec = top.data;
  const issues: Issue[] = [];
  const named = surveyIdSchema.safeParse(name);
  if (!named.success)
    issues.push({
      file: source.file,
      line: 1,
      column: 1,
      message: 'a survey file is named by the survey id',
      found: name,
      expected: 'lower-case letters, digits and dashes, e.g. surveys/dx-2026-q3.yaml',
    });
  if (spec.id !== undefined && spec.id !== name)
    issues.push(
      issueAt(source, ['id'], {
        message: 'the id differs from the file name',
        found: spec.id,
        expected: `"${name}", the file's name (or no id at all)`,
      }),
    );
  if (spec.closes < spec.opens)
    issues.push(
      issueAt(source, ['closes'], {
        message: 'the survey closes before it opens',
        found: spec.closes,
        expected: `a day on or after opens (${spec.opens})`,
      }),
    );
  const questions: QuestionSpec[] = [];
  const seen = new Set<string>(spec.kind === 'enps' ? ['recommend'] : []);
  eachValidItem(source, 'questions', spec.questions, questionSchema, issues, (question, at) => {
    if (seen.has(question.id))
      issues.push(
        issueAt(source, [...at, 'id'], {
          message: 'duplicate question id',
          found: question.id,
          expected: spec.kind === 'enps' ? 'an id used once and not "recommend"' : 'an id used once',
        }),
      );
    if (spec.kind === 'enps' && question.type !== 'text')
      issues.push(
        issueAt(source, [...at, 'type'], {
          message: 'an eNPS survey asks only the standard 0–10 question besides open ones',
          found: question.type,
          expected: 'text',
        }),
      );
    seen.add(question.id);
    questions.push(question);
  });
  const given = spec.questions != null;
  if (spec.kind === 'pulse' && (!given || (spec.questions?.length ?? 0) === 0))
    issues.push(
      issueAt(source, given ? ['questions'] : [], {
        message: 'a pulse survey lists its questions',
        found: given ? 'an empty list' : 'no questions',
        expected: 'questions: [{ id, type: scale | text, text }, …]',
      }),
    );
  if (issues.length > 0) return { issues };
  return {
    survey: {
      id: name,
      kind: spec.kind,
      title: spec.title,
      opens: spec.opens,
      closes: spec.closes,
      items: surveyItems(spec.kind, given ? questions : undefined),
      responseFiles: spec.responses ?? [],
      file: source.file,
    },
    issues,
  };
}

/** Two rounds of one kind closing on the same day would leave "the previous round" undecided. */
function checkRoundOrder(surveys: readonly Survey[]): Issue[] {
  const byClose = new Map<string, Survey>();
  const issues: Issue[] = [];
  for (const survey of [...surveys].sort((a, b) => a.id.localeCompare(b.id))) {
    const key = `${survey.kind}|${survey.closes}`;
    const other = byClose.get(key);
    if (other)
      issues.push({
        file: survey.file,
        path: 'closes',
        message: `closes on the same day as ${other.file}, another ${survey.kind} round`,
        found: survey.closes,
        expected: 'rounds of one kind closing on different days',
      });
    else byClose.set(key, survey);
  }
  return issues;
}
