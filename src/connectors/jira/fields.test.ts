import { describe, expect, it } from 'vitest';
import { readDevlakeJira, readGoJira } from '../../../test/connectors/jira/recorded.js';
import { detectFieldIds, readSprintNames } from './fields.js';
import { jiraSprintSchema, sprintPageSchema } from './payload.js';

type Fields = Parameters<typeof readSprintNames>[0];
const fields = (values: Record<string, unknown>) => values as Fields;

describe('Jira sprints and custom fields', () => {
  it('reads a board sprint page from go-jira with states and UTC dates', () => {
    const page = sprintPageSchema.parse(readGoJira('sprints'));
    const sprints = page.values.map((value) => jiraSprintSchema.parse(value));
    expect(page.isLast).toBe(true);
    expect(sprints.map((sprint) => [sprint.name, sprint.state])).toEqual([
      ['Iteration-10', 'closed'],
      ['Iteration-12-1', 'closed'],
      ['Iteration-12-2', 'closed'],
      ['Iteration-13-2', 'active'],
      ['Minimal Example Sprint', 'future'],
      ['Sprint with a Goal', 'future'],
    ]);
    expect(sprints[0]).toMatchObject({ id: 740, completeDate: '2016-04-28T12:08:48.543Z' });
  });

  it('reads every recorded Cloud sprint', () => {
    const sprints = readDevlakeJira('sprints').map((row) => jiraSprintSchema.parse(row.data));
    expect(sprints).toHaveLength(30);
    expect(sprints[0]).toMatchObject({
      id: 7,
      name: 'EE Sprint 7',
      state: 'closed',
      endDate: '2020-06-26T00:38:00.000Z',
    });
  });

  it('reads sprint names from Cloud objects, Data Center strings and the Agile fields, each once', () => {
    const dataCenter =
      'com.atlassian.greenhopper.service.sprint.Sprint@1f39706[id=2,rapidViewId=1,state=CLOSED,name=Sprint 2,startDate=2024-01-01T00:00:00.000Z]';
    expect(
      readSprintNames(
        fields({
          customfield_10020: [{ id: 1, name: 'Sprint 1' }, dataCenter],
          closedSprints: [{ id: 1, name: 'Sprint 1' }],
          sprint: { id: 3, name: 'Sprint 3' },
        }),
        'customfield_10020',
      ),
    ).toEqual(['Sprint 1', 'Sprint 2', 'Sprint 3']);
    expect(readSprintNames(fields({ customfield_10020: null }), 'customfield_10020')).toEqual([]);
  });

  it('finds the sprint, epic link and story point fields by their Jira Software types', () => {
    expect(detectFieldIds(readGoJira('all_fields') as never)).toEqual({
      sprint: undefined,
      epicLink: undefined,
      storyPoints: undefined,
    });
    const site = [
      {
        id: 'customfield_10020',
        name: 'Sprint',
        schema: { type: 'array', custom: 'com.pyxis.greenhopper.jira:gh-sprint' },
      },
      {
        id: 'customfield_10014',
        name: 'Epic Link',
        schema: { type: 'any', custom: 'com.pyxis.greenhopper.jira:gh-epic-link' },
      },
      {
        id: 'customfield_10016',
        name: 'Story point estimate',
        schema: { type: 'number', custom: 'com.pyxis.greenhopper.jira:jsw-story-points' },
      },
    ];
    expect(detectFieldIds(site)).toEqual({
      sprint: 'customfield_10020',
      epicLink: 'customfield_10014',
      storyPoints: 'customfield_10016',
    });
  });
});
