/**
 * The links planning and register entries carry (owners, teams, services, OKR ids), each checked against
 * the directory and written in full, and the rule that ids are unique within a file. A kind whose file
 * could not be read is kept as written (its own problems are reported there); an OKR id is checked only
 * when the OKR files were read.
 */
import type { Issue } from '../../domain/errors.js';
import { issueAt } from '../issues.js';
import { checkDeclaredRef } from '../side-file.js';
import { locate, type PathSegment, type YamlSource } from '../yaml-source.js';
import type { GovernanceDirectory } from './part.js';

export interface EntryLinks {
  owner: string;
  teams: string[];
  services: string[];
  okrs: string[];
}

export function checkEntryLinks(
  source: YamlSource,
  spec: { owner: string; teams: string[]; services: string[]; okrs: string[] },
  at: readonly PathSegment[],
  directory: GovernanceDirectory,
  issues: Issue[],
): EntryLinks {
  return {
    owner: checkPerson(source, spec.owner, [...at, 'owner'], directory, issues),
    teams: spec.teams.map(
      (team, index) =>
        checkDeclaredRef(source, 'team', team, [...at, 'teams', index], directory.teams, issues).ref,
    ),
    services: spec.services.map((service, index) =>
      checkServiceRef(source, service, [...at, 'services', index], directory, issues),
    ),
    okrs: spec.okrs.map((id, index) => checkOkrId(source, id, [...at, 'okrs', index], directory, issues)),
  };
}

export function checkPerson(
  source: YamlSource,
  text: string,
  at: readonly PathSegment[],
  directory: GovernanceDirectory,
  issues: Issue[],
): string {
  return checkDeclaredRef(source, 'person', text, at, directory.people, issues).ref;
}

/** A service reference, checked against the catalog (services.yaml or the Backstage files). */
export function checkServiceRef(
  source: YamlSource,
  text: string,
  at: readonly PathSegment[],
  directory: Pick<GovernanceDirectory, 'catalog'>,
  issues: Issue[],
): string {
  return checkDeclaredRef(source, 'service', text, at, directory.catalog, issues).ref;
}

export function checkOkrId(
  source: YamlSource,
  id: string,
  at: readonly PathSegment[],
  directory: Pick<GovernanceDirectory, 'okrIds'>,
  issues: Issue[],
): string {
  if (directory.okrIds && !directory.okrIds.has(id)) {
    issues.push(
      issueAt(source, at, {
        message: `unknown objective or key result "${id}"`,
        found: JSON.stringify(id),
        expected: 'an objective or key-result id from okrs/*.yaml',
      }),
    );
  }
  return id;
}

/** Records an issue when `id` was already used by an earlier entry; answers whether it is new. */
export function checkUniqueId(
  source: YamlSource,
  id: string,
  at: readonly PathSegment[],
  seen: Map<string, number>,
  what: string,
  issues: Issue[],
): boolean {
  const earlier = seen.get(id);
  if (earlier !== undefined) {
    issues.push(
      issueAt(source, at, {
        message: `another ${what} already has the id "${id}"`,
        found: `${id}, first used on line ${earlier}`,
        expected: `a unique ${what} id`,
      }),
    );
    return false;
  }
  seen.set(id, locate(source, at).line);
  return true;
}
