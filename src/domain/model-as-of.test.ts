import { describe, expect, it } from 'vitest';
import { InputError } from './errors.js';
import type { OrgModel } from './model.js';
import {
  buildDependency,
  buildOrgModel,
  buildPerson,
  buildService,
  buildTeam,
} from './model.test-fixtures.js';
import { modelAsOf } from './model-as-of.js';

/** Checkout split into checkout and payments on 2026-02-01; Ada left on 2026-01-31, Bo joined in March. */
function buildReorganizedModel(): OrgModel {
  return buildOrgModel({
    teams: [
      buildTeam('checkout', {
        since: '2024-01-01',
        lead: 'person:default/ada',
        interactions: [
          { mode: 'collaboration', with: 'team:default/payments', since: '2026-02-01' },
          { mode: 'x-as-a-service', with: 'team:default/platform', since: '2025-01-01', until: '2025-06-30' },
          { mode: 'x-as-a-service', with: 'team:default/platform', since: '2025-07-01' },
        ],
        cognitiveLoad: [
          { date: '2025-10-01', intrinsic: 5, extraneous: 3 },
          { date: '2026-01-15', intrinsic: 6, extraneous: 3 },
          { date: '2026-03-01', intrinsic: 4, extraneous: 2 },
        ],
        members: [
          { person: 'person:default/ada', allocation: 1 },
          { person: 'person:default/bo', allocation: 1 },
          { person: 'person:default/cy', allocation: 0.5 },
        ],
      }),
      buildTeam('payments', {
        since: '2026-02-01',
        members: [{ person: 'person:default/cy', allocation: 0.5 }],
      }),
      buildTeam('platform', { type: 'platform' }),
      buildTeam('legacy', { since: '2020-01-01', until: '2025-12-31' }),
    ],
    people: [
      buildPerson('ada', {
        startDate: '2023-05-01',
        endDate: '2026-01-31',
        teams: [{ team: 'team:default/checkout', allocation: 1 }],
      }),
      buildPerson('bo', {
        startDate: '2026-03-02',
        manager: 'person:default/dee',
        teams: [{ team: 'team:default/checkout', allocation: 1 }],
      }),
      buildPerson('cy', {
        manager: 'person:default/ada',
        dottedLine: ['person:default/dee'],
        teams: [
          { team: 'team:default/checkout', allocation: 0.5 },
          { team: 'team:default/payments', allocation: 0.5 },
        ],
      }),
      buildPerson('dee', { startDate: '2022-01-10' }),
    ],
    services: [buildService('card-api', 'payments'), buildService('cart', 'checkout')],
    dependencies: [
      buildDependency('card-tokens', 'payments', 'checkout'),
      buildDependency('deploys', 'platform', 'checkout'),
    ],
  });
}

const refsOf = (items: readonly { ref: string }[]) => items.map((item) => item.ref);

describe('modelAsOf', () => {
  it('leaves out a team formed after the date and one dissolved before it', () => {
    const { model, notes } = modelAsOf(buildReorganizedModel(), '2026-01-20');
    expect(refsOf(model.teams)).toEqual(['team:default/checkout', 'team:default/platform']);
    expect(notes).toContain('team:default/payments is left out: formed on 2026-02-01, after 2026-01-20.');
    expect(notes).toContain('team:default/legacy is left out: dissolved on 2025-12-31, before 2026-01-20.');
  });

  it('counts the first and the last day as inside: a team on its since, a person on their end date', () => {
    const formed = modelAsOf(buildReorganizedModel(), '2026-02-01').model;
    expect(refsOf(formed.teams)).toContain('team:default/payments');
    const lastDay = modelAsOf(buildReorganizedModel(), '2026-01-31').model;
    expect(refsOf(lastDay.people)).toContain('person:default/ada');
    const dayAfter = modelAsOf(buildReorganizedModel(), '2026-02-01').model;
    expect(refsOf(dayAfter.people)).not.toContain('person:default/ada');
  });

  it('leaves out people who had not started or had already left', () => {
    const { model, notes } = modelAsOf(buildReorganizedModel(), '2026-02-15');
    expect(refsOf(model.people)).toEqual(['person:default/cy', 'person:default/dee']);
    expect(notes).toContain('person:default/ada is left out: left on 2026-01-31, before 2026-02-15.');
    expect(notes).toContain('person:default/bo is left out: started on 2026-03-02, after 2026-02-15.');
  });

  it('shows a person whose manager had left without a manager, and says so', () => {
    const { model, notes } = modelAsOf(buildReorganizedModel(), '2026-02-15');
    const cy = model.people.find((person) => person.name === 'cy');
    expect(cy?.manager).toBeNull();
    expect(cy?.dottedLine).toEqual(['person:default/dee']);
    expect(notes).toContain(
      'person:default/cy is shown without a manager: person:default/ada was not in the organization on 2026-02-15.',
    );
  });

  it('drops a dotted line to someone not yet in the organization', () => {
    const model = buildReorganizedModel();
    const dee = model.people.find((person) => person.name === 'dee');
    if (dee) dee.startDate = '2026-03-01';
    const result = modelAsOf(model, '2026-02-15');
    expect(result.model.people.find((person) => person.name === 'cy')?.dottedLine).toEqual([]);
    expect(result.notes).toContain(
      'person:default/cy loses the dotted line to person:default/dee, who was not in the organization on 2026-02-15.',
    );
  });

  it('cuts memberships, members and leads that point at teams or people left out', () => {
    const { model, notes } = modelAsOf(buildReorganizedModel(), '2026-01-20');
    const cy = model.people.find((person) => person.name === 'cy');
    expect(cy?.teams).toEqual([{ team: 'team:default/checkout', allocation: 0.5 }]);
    const checkout = model.teams.find((team) => team.name === 'checkout');
    expect(checkout?.members.map((member) => member.person)).toEqual([
      'person:default/ada',
      'person:default/cy',
    ]);
    expect(checkout?.lead).toBe('person:default/ada');

    const later = modelAsOf(buildReorganizedModel(), '2026-03-10');
    const laterCheckout = later.model.teams.find((team) => team.name === 'checkout');
    expect(laterCheckout?.lead).toBeNull();
    expect(laterCheckout?.members.map((member) => member.person)).toEqual([
      'person:default/bo',
      'person:default/cy',
    ]);
    expect(later.notes).toContain(
      'team:default/checkout is shown without a lead: person:default/ada was not in the organization on 2026-03-10.',
    );
    expect(notes.some((note) => note.includes('without a lead'))).toBe(false);
  });

  it('keeps only the interactions active on the date and with teams that existed', () => {
    const before = modelAsOf(buildReorganizedModel(), '2025-05-01').model;
    expect(before.teams.find((team) => team.name === 'checkout')?.interactions).toEqual([
      { mode: 'x-as-a-service', with: 'team:default/platform', since: '2025-01-01', until: '2025-06-30' },
    ]);
    const after = modelAsOf(buildReorganizedModel(), '2026-02-10').model;
    expect(
      after.teams.find((team) => team.name === 'checkout')?.interactions.map((i) => `${i.mode} ${i.with}`),
    ).toEqual(['collaboration team:default/payments', 'x-as-a-service team:default/platform']);
  });

  it('leaves out cognitive-load assessments made after the date', () => {
    const { model } = modelAsOf(buildReorganizedModel(), '2026-02-01');
    expect(
      model.teams.find((team) => team.name === 'checkout')?.cognitiveLoad.map((load) => load.date),
    ).toEqual(['2025-10-01', '2026-01-15']);
  });

  it('keeps services with today’s owner and notes an owner that did not exist yet', () => {
    const { model, notes } = modelAsOf(buildReorganizedModel(), '2026-01-20');
    expect(refsOf(model.services)).toEqual(['service:default/card-api', 'service:default/cart']);
    expect(notes).toContain(
      "service:default/card-api is owned by team:default/payments, which did not exist on 2026-01-20; today's owner is shown.",
    );
  });

  it('keeps undated dependencies unless a team on either side did not exist', () => {
    const { model, notes } = modelAsOf(buildReorganizedModel(), '2026-01-20');
    expect(refsOf(model.dependencies)).toEqual(['dependency:default/deploys']);
    expect(notes).toContain(
      'dependency:default/card-tokens is left out: team:default/payments did not exist on 2026-01-20.',
    );
    const later = modelAsOf(buildReorganizedModel(), '2026-02-10').model;
    expect(refsOf(later.dependencies)).toEqual([
      'dependency:default/card-tokens',
      'dependency:default/deploys',
    ]);
  });

  it('returns the model unchanged, with no notes, on a date where every effective date holds', () => {
    const model = buildReorganizedModel();
    model.teams = model.teams.filter((team) => team.name !== 'legacy');
    model.people = model.people.filter((person) => person.name !== 'ada' && person.name !== 'bo');
    for (const team of model.teams) {
      team.lead = null;
      team.members = team.members.filter((member) => member.person === 'person:default/cy');
      team.interactions = team.interactions.filter((interaction) => interaction.until === undefined);
    }
    const cy = model.people.find((person) => person.name === 'cy');
    if (cy) cy.manager = null;
    const result = modelAsOf(model, '2026-06-01');
    expect(result.notes).toEqual([]);
    expect(result.model).toEqual(model);
  });

  it('does not change the model it is given', () => {
    const model = buildReorganizedModel();
    const copy = structuredClone(model);
    modelAsOf(model, '2025-05-01');
    expect(model).toEqual(copy);
  });

  it('rejects a date that is not a calendar date, naming what it found', () => {
    expect(() => modelAsOf(buildReorganizedModel(), '2026-02-30')).toThrow(InputError);
    expect(() => modelAsOf(buildReorganizedModel(), 'last march')).toThrow(
      /"last march" is not a calendar date/,
    );
  });
});
