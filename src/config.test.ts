import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

const oidc = { SEXTANT_OIDC_ISSUER: 'https://login.example.com', SEXTANT_OIDC_CLIENT_ID: 'sextant' };

describe('OIDC settings', () => {
  it('are off when neither issuer nor client id is set, empty values included', () => {
    expect(readConfig({}).oidc).toBeUndefined();
    expect(readConfig({ SEXTANT_OIDC_ISSUER: '', SEXTANT_OIDC_CLIENT_ID: '' }).oidc).toBeUndefined();
  });

  it('default to the viewer role, the preferred_username claim and the issuer host as display name', () => {
    expect(readConfig(oidc).oidc).toEqual({
      issuer: 'https://login.example.com',
      clientId: 'sextant',
      clientSecret: undefined,
      redirectUrl: undefined,
      displayName: 'login.example.com',
      scopes: 'openid profile email',
      nameClaim: 'preferred_username',
      roleClaim: undefined,
      defaultRole: 'viewer',
    });
  });

  it('refuse an issuer without a client id, naming the missing variable', () => {
    expect(() => readConfig({ SEXTANT_OIDC_ISSUER: oidc.SEXTANT_OIDC_ISSUER })).toThrow(
      /SEXTANT_OIDC_CLIENT_ID/,
    );
  });

  it('refuse administrator as the default role', () => {
    expect(() => readConfig({ ...oidc, SEXTANT_OIDC_DEFAULT_ROLE: 'admin' })).toThrow(
      /SEXTANT_OIDC_DEFAULT_ROLE/,
    );
  });

  it('take plain http only for an identity provider on this machine', () => {
    expect(readConfig({ ...oidc, SEXTANT_OIDC_ISSUER: 'http://127.0.0.1:8080' }).oidc?.issuer).toBe(
      'http://127.0.0.1:8080',
    );
    expect(() => readConfig({ ...oidc, SEXTANT_OIDC_ISSUER: 'http://login.example.com' })).toThrow(
      /SEXTANT_OIDC_ISSUER/,
    );
  });

  it('refuse scopes without openid', () => {
    expect(() => readConfig({ ...oidc, SEXTANT_OIDC_SCOPES: 'profile email' })).toThrow(
      /SEXTANT_OIDC_SCOPES/,
    );
  });
});
