/**
 * Who an OpenID Connect sign-in says the person is, read from the ID token's (and UserInfo's) claims.
 *
 * Rules and reasons:
 * - The identity is the issuer and the `sub` claim together (`<issuer>#<sub>`): `sub` is unique only
 *   within its issuer, and it never changes, unlike a name or an address.
 * - The name claim only proposes a new user's name; it never finds an existing user, so an identity
 *   calling itself `ana` cannot take over the local user `ana` (it becomes `ana-2`).
 * - With a role claim the identity provider decides the role at every sign-in: the most trusted Sextant
 *   role among the claim's values, or the default role when none is a role. Without one, a new user gets
 *   the default role once and keeps whatever role is given later.
 */
import type { OidcSettings } from '../config.js';
import { SignInFailedError } from '../domain/errors.js';
import { VIEWER_ROLES, type ViewerRole } from '../domain/privacy.js';

export interface OidcIdentity {
  /** `<issuer>#<sub>`. */
  subject: string;
  /** A valid user name proposed for a new user; a suffix makes it unique. */
  proposedName: string;
  role: ViewerRole;
  /** Whether `role` comes from the role claim, and so replaces the stored role at every sign-in. */
  roleFromProvider: boolean;
}

const MAX_NAME = 64;
/** Room left for a `-<n>` suffix that makes a proposed name unique. */
export const MAX_PROPOSED_NAME = MAX_NAME - 4;

export function toOidcIdentity(
  claims: Record<string, unknown>,
  settings: Pick<OidcSettings, 'nameClaim' | 'roleClaim' | 'defaultRole'>,
): OidcIdentity {
  const { iss, sub } = claims;
  if (typeof iss !== 'string' || typeof sub !== 'string' || sub === '')
    throw new SignInFailedError('The ID token carries no issuer or subject', 'oidc_claim_missing');
  const nameValue = claims[settings.nameClaim];
  if (typeof nameValue !== 'string' || nameValue.trim() === '')
    throw new SignInFailedError(
      `The identity provider sent no "${settings.nameClaim}" claim to name the user by (SEXTANT_OIDC_NAME_CLAIM)`,
      'oidc_claim_missing',
    );
  const claimed = settings.roleClaim ? mostTrustedRole(claims[settings.roleClaim]) : undefined;
  return {
    subject: `${iss}#${sub}`,
    proposedName: toUserName(nameValue),
    role: claimed ?? settings.defaultRole,
    roleFromProvider: settings.roleClaim !== undefined,
  };
}

/**
 * A user name from a claim's value: the part before "@" of an address, lower-case, accents dropped, every
 * run of other characters made one "-"; `user` when nothing usable is left.
 */
export function toUserName(value: string): string {
  const local = value.includes('@') ? value.slice(0, value.lastIndexOf('@')) : value;
  const name = local
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, MAX_PROPOSED_NAME)
    .replace(/[-.]+$/, '');
  return name === '' ? 'user' : name;
}

/** The n-th candidate name for a new user: the proposed name, then `name-2`, `name-3` … */
export function candidateName(proposed: string, attempt: number): string {
  return attempt === 1 ? proposed : `${proposed}-${attempt}`;
}

/** The most trusted Sextant role among a claim's values (a string or a list of strings); undefined when none. */
function mostTrustedRole(value: unknown): ViewerRole | undefined {
  const values = Array.isArray(value) ? value : [value];
  const ranks = values
    .filter((item): item is string => typeof item === 'string')
    .map((item) => (VIEWER_ROLES as readonly string[]).indexOf(item.trim().toLowerCase()))
    .filter((rank) => rank >= 0);
  return ranks.length === 0 ? undefined : VIEWER_ROLES[Math.max(...ranks)];
}
