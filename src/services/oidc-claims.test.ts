import { describe, expect, it } from 'vitest';
import { SignInFailedError } from '../domain/errors.js';
import { assertAccessName } from './access.service.js';
import { candidateName, MAX_PROPOSED_NAME, toOidcIdentity, toUserName } from './oidc-claims.js';

const settings = { nameClaim: 'preferred_username', roleClaim: 'roles', defaultRole: 'viewer' as const };
const issuer = 'https://login.example.com';

describe('toUserName', () => {
  it('keeps the part of an address before the last "@", lower-cased', () => {
    expect(toUserName('Ana.Lima@Example.com')).toBe('ana.lima');
  });

  it('drops accents and makes every run of other characters one dash', () => {
    expect(toUserName('José  Müller (Platform)')).toBe('jose-muller-platform');
  });

  it('gives a valid name however odd the claim, and "user" when nothing usable is left', () => {
    for (const value of ['--.ana', '李雷', `${'x'.repeat(200)}`, '@example.com', 'ana..'])
      expect(() => assertAccessName(candidateName(toUserName(value), 20), 'user')).not.toThrow();
    expect(toUserName('李雷')).toBe('user');
    expect(toUserName('x'.repeat(200))).toHaveLength(MAX_PROPOSED_NAME);
  });
});

describe('toOidcIdentity', () => {
  it('names the identity by issuer and subject, never by the name claim', () => {
    const identity = toOidcIdentity({ iss: issuer, sub: '2482', preferred_username: 'ana' }, settings);
    expect([identity.subject, identity.proposedName]).toEqual([`${issuer}#2482`, 'ana']);
  });

  it('takes the most trusted role among the claim values, ignoring values that are not roles', () => {
    const claims = { iss: issuer, sub: '1', preferred_username: 'ana', roles: ['Admin', 'staff', 'manager'] };
    expect(toOidcIdentity(claims, settings)).toMatchObject({ role: 'admin', roleFromProvider: true });
  });

  it('falls back to the default role when the claim names no role', () => {
    const claims = { iss: issuer, sub: '1', preferred_username: 'ana', roles: 'staff' };
    expect(toOidcIdentity(claims, { ...settings, defaultRole: 'manager' }).role).toBe('manager');
  });

  it('leaves the role to Sextant after the first sign-in when no role claim is configured', () => {
    const claims = { iss: issuer, sub: '1', preferred_username: 'ana', roles: 'admin' };
    const identity = toOidcIdentity(claims, { ...settings, roleClaim: undefined });
    expect([identity.role, identity.roleFromProvider]).toEqual(['viewer', false]);
  });

  it('refuses an identity without the name claim, naming the claim', () => {
    const attempt = () => toOidcIdentity({ iss: issuer, sub: '1', email: 'ana@example.com' }, settings);
    expect(attempt).toThrow(SignInFailedError);
    expect(attempt).toThrow(/"preferred_username"/);
  });
});
