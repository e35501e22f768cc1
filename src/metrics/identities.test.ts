import { describe, expect, it } from 'vitest';
import { buildPerson } from '../domain/model.test-fixtures.js';
import { buildIdentityIndex, identitySystemOf, resolveActor } from './identities.js';

const people = [
  buildPerson('ada', {
    email: 'ada@example.com',
    identities: { git: ['ada@home.example'], github: ['AdaL'] },
  }),
  buildPerson('grace', {
    email: 'grace@example.com',
    identities: { github: ['grace-h'], jira: ['5b10ac8d'] },
  }),
  buildPerson('twin-a', { identities: { github: ['shared-bot'] } }),
  buildPerson('twin-b', { identities: { github: ['shared-bot'] } }),
];
const index = buildIdentityIndex(people);

describe('resolveActor', () => {
  it('matches a declared login without regard to case', () => {
    expect(resolveActor(index, { system: 'github', id: 'adal' })).toEqual({
      kind: 'person',
      person: 'person:default/ada',
      via: 'identity',
    });
  });

  it('matches a declared git email before trying the person email', () => {
    expect(resolveActor(index, { system: 'git', id: 'Ada@Home.example' })).toEqual({
      kind: 'person',
      person: 'person:default/ada',
      via: 'identity',
    });
  });

  it('falls back to an exact match of the person email', () => {
    expect(resolveActor(index, { system: 'git', id: 'grace@example.com' })).toEqual({
      kind: 'person',
      person: 'person:default/grace',
      via: 'email',
    });
  });

  it('never guesses: a login from one system does not match the same login declared for another', () => {
    expect(resolveActor(index, { system: 'gitlab', id: 'grace-h' })).toEqual({ kind: 'unmatched' });
    expect(resolveActor(index, { system: 'git', id: 'grace@other.example' })).toEqual({ kind: 'unmatched' });
  });

  it('reports an actor declared for two people as ambiguous instead of picking one', () => {
    expect(resolveActor(index, { system: 'github', id: 'shared-bot' })).toEqual({
      kind: 'ambiguous',
      people: ['person:default/twin-a', 'person:default/twin-b'],
    });
  });
});

describe('identitySystemOf', () => {
  it('reads the system from the source name or one of its parts, and commits are always git', () => {
    expect(identitySystemOf('github', 'pull-request')).toBe('github');
    expect(identitySystemOf('demo-jira', 'work-item')).toBe('jira');
    expect(identitySystemOf('file', 'pull-request')).toBe('unknown');
    expect(identitySystemOf('github', 'commit')).toBe('git');
  });
});
