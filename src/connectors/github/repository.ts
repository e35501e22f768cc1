/**
 * How a GitHub repository is named inside Sextant. Keys use the full name lower-cased (`owner/name`),
 * because GitHub treats names case-insensitively and a webhook, a sync and a user's `--repo` may spell the
 * same repository differently; one spelling keeps every upsert on the same key. The repository reference
 * is the full name in Sextant form (`owner-name`) unless the workspace maps it to a declared repository.
 */
import { z } from 'zod';

/** `owner/name`, as GitHub spells repositories in URLs and `full_name`. */
export const fullNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'a repository as "owner/name", e.g. "octo-org/octo-repo"');

export interface RepositoryContext {
  /** Lower-cased `owner/name`, the prefix of every key. */
  fullName: string;
  /** The repository reference written into records, e.g. `octo-org-octo-repo`. */
  ref: string;
  /** The service deployments and incidents belong to; the repository ref when none is mapped. */
  service: string;
}

export interface RepositoryMapping {
  /** `owner/name` (any case) → repository name declared in the workspace. */
  repositories?: Readonly<Record<string, string>>;
  /** `owner/name` (any case) → service name declared in the workspace. */
  services?: Readonly<Record<string, string>>;
}

export function toRepositoryContext(fullName: string, mapping: RepositoryMapping = {}): RepositoryContext {
  const key = fullName.toLowerCase();
  const ref = findMapped(mapping.repositories, key) ?? toRepositoryName(key);
  return { fullName: key, ref, service: findMapped(mapping.services, key) ?? ref };
}

/**
 * `Octo-Org/Octo.Repo` → `octo-org-octo.repo`. Sextant names allow single dashes, dots and underscores
 * between letters and digits, so runs of them collapse to one dash and leading or trailing ones go.
 */
export function toRepositoryName(fullName: string): string {
  return fullName
    .toLowerCase()
    .replaceAll('/', '-')
    .replaceAll(/[^a-z0-9._-]+/g, '-')
    .replaceAll(/[-_.]{2,}/g, '-')
    .replaceAll(/^[-_.]+|[-_.]+$/g, '');
}

function findMapped(map: Readonly<Record<string, string>> | undefined, key: string): string | undefined {
  if (!map) return undefined;
  for (const [name, value] of Object.entries(map)) if (name.toLowerCase() === key) return value;
  return undefined;
}
