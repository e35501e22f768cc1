/**
 * A real OpenID Connect identity provider for tests: oidc-provider on 127.0.0.1 with one registered
 * confidential client, accounts the test sets, and an interaction (login and consent) that `follow`
 * completes as the person would: logging in as an account, or declining.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export const TEST_CLIENT_ID = 'sextant';

export interface IdentityProvider {
  issuer: string;
  /** Claims (besides `sub`) of each account, by account id; change them between sign-ins. */
  accounts: Map<string, Record<string, unknown>>;
  /**
   * Follows the provider's redirects from Sextant's authorization URL, as a browser with its own cookies
   * for the provider would, until it is sent to `redirectUri`; answers that URL, with the code or error.
   */
  follow(authorizationUrl: string, account: string | { decline: true }, redirectUri: string): Promise<string>;
  /** How many requests reached the token endpoint (code exchanges) so far. */
  readonly tokenRequests: number;
  close(): Promise<void>;
}

export async function startIdentityProvider(client: {
  redirectUri: string;
  clientSecret: string;
}): Promise<IdentityProvider> {
  const accounts = new Map<string, Record<string, unknown>>();
  let next: string | { decline: true } = { decline: true };
  let provider: Provider | undefined;
  let tokenRequests = 0;

  async function interact(req: IncomingMessage, res: ServerResponse, idp: Provider) {
    const details = await idp.interactionDetails(req, res);
    if (typeof next !== 'string')
      return idp.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person declined' },
        { mergeWithLastSubmission: false },
      );
    const grant = new idp.Grant({ accountId: next, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    return idp.interactionFinished(
      req,
      res,
      { login: { accountId: next }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  const server = createServer((req, res) => {
    if (!provider) return void res.writeHead(503).end();
    if (req.url?.startsWith('/token')) tokenRequests += 1;
    if (req.url?.startsWith('/interaction/'))
      return void interact(req, res, provider).catch((error: unknown) => {
        res.writeHead(500).end(String(error));
      });
    return void provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT_ID,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    claims: { openid: ['sub'], profile: ['preferred_username', 'sextant_roles'] },
    findAccount: (_ctx, sub) => {
      const claims = accounts.get(sub);
      return claims ? { accountId: sub, claims: () => ({ ...claims, sub }) } : undefined;
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a cookie key for tests only'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  });

  async function follow(authorizationUrl: string, account: string | { decline: true }, redirectUri: string) {
    next = account;
    const jar = new Map<string, string>();
    let location = authorizationUrl;
    for (let hop = 0; hop < 10; hop++) {
      if (location.startsWith(redirectUri)) return location;
      const response = await fetch(location, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
      });
      for (const line of response.headers.getSetCookie()) {
        const pair = line.split(';')[0] ?? '';
        const equals = pair.indexOf('=');
        jar.set(pair.slice(0, equals), pair.slice(equals + 1));
      }
      const target = response.headers.get('location');
      if (!target)
        throw new Error(`The provider answered ${response.status} at ${location}: ${await response.text()}`);
      location = new URL(target, location).href;
    }
    throw new Error(`The provider never sent the browser back to ${redirectUri}`);
  }

  return {
    issuer,
    accounts,
    follow,
    get tokenRequests() {
      return tokenRequests;
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
