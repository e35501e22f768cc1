/**
 * Signing in to the dashboard through an OpenID Connect identity provider, as a relying party built on
 * openid-client: the authorization code flow with PKCE (S256), `state` and `nonce`.
 *
 * Rules and reasons:
 * - A sign-in is two requests. The first makes a transaction (state, nonce, PKCE verifier, where to send
 *   the browser back) that the browser keeps in a signed cookie until it returns; the second accepts the
 *   answer only if its state matches that transaction, so another site cannot push its own sign-in
 *   into this browser, and only within TRANSACTION_MINUTES.
 * - openid-client checks the ID token: signature against the provider's keys, issuer, audience, expiry
 *   and the nonce. Only then are the claims read.
 * - The provider's metadata is discovered once per process and settings, and discovered again after a
 *   failure, so a provider that was down at first is used once it is back.
 * - Plain http is accepted only for a provider on this machine (config.ts refuses it elsewhere).
 */
import * as client from 'openid-client';
import { z } from 'zod';
import type { OidcSettings } from '../config.js';
import { type OidcFailure, SignInFailedError } from '../domain/errors.js';
import { type OidcIdentity, toOidcIdentity } from './oidc-claims.js';

export type { OidcSettings } from '../config.js';
export type { OidcIdentity } from './oidc-claims.js';

export const TRANSACTION_MINUTES = 10;

/** What the browser keeps between leaving for the provider and coming back; one declaration, one schema. */
export const oidcTransactionSchema = z.strictObject({
  state: z.string().min(16),
  nonce: z.string().min(16),
  codeVerifier: z.string().min(43),
  redirectUri: z.url(),
  returnTo: z.string().startsWith('/'),
  /** Epoch milliseconds after which the transaction is refused. */
  expiresAt: z.number().int(),
});
export type OidcTransaction = z.infer<typeof oidcTransactionSchema>;

const configurations = new WeakMap<OidcSettings, Promise<client.Configuration>>();

function discover(settings: OidcSettings): Promise<client.Configuration> {
  let pending = configurations.get(settings);
  if (!pending) {
    const issuer = new URL(settings.issuer);
    pending = client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret,
      settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None(),
      issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
    );
    configurations.set(settings, pending);
    pending.catch(() => configurations.delete(settings));
  }
  return pending.catch((error: unknown) => {
    throw new SignInFailedError(
      `The identity provider ${settings.issuer} could not be reached or described itself wrongly`,
      'oidc_unavailable',
      { cause: error },
    );
  });
}

/** The provider's authorization URL to send the browser to, and the transaction the browser keeps. */
export async function beginOidcSignIn(
  settings: OidcSettings,
  request: { redirectUri: string; returnTo: string; now: Date },
): Promise<{ url: URL; transaction: OidcTransaction }> {
  const configuration = await discover(settings);
  const transaction: OidcTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier: client.randomPKCECodeVerifier(),
    redirectUri: request.redirectUri,
    returnTo: request.returnTo,
    expiresAt: request.now.getTime() + TRANSACTION_MINUTES * 60_000,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: transaction.redirectUri,
    scope: settings.scopes,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(transaction.codeVerifier),
    code_challenge_method: 'S256',
    state: transaction.state,
    nonce: transaction.nonce,
  });
  return { url, transaction };
}

/**
 * Checks the provider's answer against the browser's transaction, exchanges the code and validates the ID
 * token; answers who signed in. Throws SignInFailedError, its `reason` naming the step that failed.
 */
export async function completeOidcSignIn(
  settings: OidcSettings,
  answer: { query: URLSearchParams; transaction: OidcTransaction | undefined; now: Date },
): Promise<OidcIdentity> {
  const { transaction, query } = answer;
  if (!transaction || transaction.expiresAt <= answer.now.getTime())
    fail('No sign-in was started in this browser, or it took too long; start again', 'oidc_state_mismatch');
  if (query.get('state') !== transaction.state)
    fail('The answer does not belong to the sign-in this browser started', 'oidc_state_mismatch');
  const refusal = query.get('error');
  if (refusal !== null)
    fail(
      `The identity provider refused the sign-in: ${refusal}${describe(query.get('error_description'))}`,
      'oidc_provider_error',
    );
  const configuration = await discover(settings);
  const currentUrl = new URL(transaction.redirectUri);
  currentUrl.search = query.toString();
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('The token response carries no ID token');
    claims = { ...idClaims };
    if (needsUserInfo(claims, settings) && configuration.serverMetadata().userinfo_endpoint)
      claims = {
        ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)),
        ...claims,
      };
  } catch (error) {
    if (error instanceof SignInFailedError) throw error;
    fail(
      `The identity provider's code or ID token was refused: ${error instanceof Error ? error.message : String(error)}`,
      'oidc_token_invalid',
      error,
    );
  }
  return toOidcIdentity(claims, settings);
}

/** Whether a claim Sextant reads is missing from the ID token, as providers often keep them for UserInfo. */
function needsUserInfo(claims: Record<string, unknown>, settings: OidcSettings): boolean {
  return (
    claims[settings.nameClaim] === undefined ||
    (settings.roleClaim !== undefined && claims[settings.roleClaim] === undefined)
  );
}

function describe(text: string | null): string {
  return text ? ` (${text.slice(0, 200)})` : '';
}

function fail(message: string, reason: OidcFailure, cause?: unknown): never {
  throw new SignInFailedError(message, reason, cause === undefined ? undefined : { cause });
}
