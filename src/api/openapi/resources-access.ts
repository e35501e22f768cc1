/** The server itself, signing in, and access: who the caller is, the audit log and API tokens. */
import { auditQuery, tokenBody } from '../routes/access.js';
import { loginBody } from '../routes/auth.js';
import type { ResourceDoc } from './operation.js';

export const ACCESS_RESOURCES: readonly ResourceDoc[] = [
  {
    tag: 'meta',
    description: 'Whether the server is up, and this document.',
    operations: [
      {
        method: 'get',
        path: '/api/health',
        operationId: 'getHealth',
        summary: 'Check that the server is up',
        returns:
          'Version, database engine and migration level, the organization, and each source’s sync state.',
        access: 'open',
      },
      {
        method: 'get',
        path: '/api/openapi.json',
        operationId: 'getOpenApiDocument',
        summary: 'Read this OpenAPI document',
        returns: 'The OpenAPI 3.1 document of the API.',
      },
    ],
  },
  {
    tag: 'auth',
    description:
      'Signing in to the dashboard, by password or through the identity provider, and signing out.',
    operations: [
      {
        method: 'post',
        path: '/api/auth/login',
        operationId: 'signIn',
        summary: 'Sign in with a name and password',
        body: loginBody,
        returns: 'Who is signed in, the session’s CSRF token and when it expires; sets the session cookie.',
        access: 'open',
        errors: ['TooManyAttempts'],
      },
      {
        method: 'post',
        path: '/api/auth/logout',
        operationId: 'signOut',
        summary: 'Sign out and end the session',
        returns: 'Signed out; the session cookie is cleared.',
        status: 204,
      },
      {
        method: 'get',
        path: '/api/auth/me',
        operationId: 'getSignedInViewer',
        summary: 'Who the caller is, and what their role may read',
        returns:
          'The caller’s actor and role, how they are signed in, their capabilities and the CSRF token.',
      },
      {
        method: 'get',
        path: '/api/auth/providers',
        operationId: 'listSignInProviders',
        summary: 'How one may sign in here',
        returns: 'Whether passwords and an identity provider are offered.',
        access: 'open',
      },
      {
        method: 'get',
        path: '/api/auth/oidc/start',
        operationId: 'startIdentityProviderSignIn',
        summary: 'Go to the identity provider to sign in',
        queryText: { returnTo: 'A path on this site to come back to once signed in.' },
        returns: 'A redirect to the identity provider.',
        status: 302,
        access: 'open',
      },
      {
        method: 'get',
        path: '/api/auth/oidc/callback',
        operationId: 'finishIdentityProviderSignIn',
        summary: 'Come back from the identity provider, signed in or not',
        description:
          'The provider sends the browser here; the query is the provider’s (code, state or error).',
        returns: 'A redirect to the page the sign-in started from, or to /signin?error=<reason>.',
        status: 302,
        access: 'open',
      },
    ],
  },
  {
    tag: 'access',
    description: 'Who the caller is, the audit log and API tokens (administrators).',
    operations: [
      {
        method: 'get',
        path: '/api/access/me',
        operationId: 'getViewer',
        summary: 'Who the caller is',
        returns: 'The caller’s actor and role.',
      },
      {
        method: 'get',
        path: '/api/access/audit',
        operationId: 'readAuditLog',
        summary: 'Read the audit log, newest first',
        description: 'Paged in the database query: `from` and `to` (ISO date-times) and `actor` filter it.',
        query: auditQuery,
        paged: true,
        returns: 'Who did what, as which role, under which capability, allowed or refused.',
        restricted: true,
      },
      {
        method: 'get',
        path: '/api/access/tokens',
        operationId: 'listTokens',
        summary: 'List the API tokens',
        paged: true,
        returns: 'The tokens: name, role, the team a manager token manages, created, revoked and last used.',
        restricted: true,
      },
      {
        method: 'post',
        path: '/api/access/tokens',
        operationId: 'createToken',
        summary: 'Create an API token',
        body: tokenBody,
        returns: 'The new token with its secret, shown this once.',
        status: 201,
        errors: ['Conflict'],
      },
      {
        method: 'delete',
        path: '/api/access/tokens/{name}',
        operationId: 'revokeToken',
        summary: 'Revoke an API token',
        params: { name: 'The token’s name.' },
        returns: 'Revoked.',
        status: 204,
      },
    ],
  },
];
