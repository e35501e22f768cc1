/**
 * The process environment, read once and validated. No other module reads `process.env`.
 */
import { z } from 'zod';
import { InputError } from './domain/errors.js';
import { VIEWER_ROLES, type ViewerRole } from './domain/privacy.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
/** Plain http only for an identity provider on this machine (a test or a development server). */
const issuerUrl = z
  .url({ protocol: /^https?$/ })
  .refine(
    (value) => value.startsWith('https:') || LOOPBACK_HOSTS.has(new URL(value).hostname),
    'an https:// URL (http:// only on localhost)',
  );
/** Who a new OIDC user is when no claim says: never an administrator unless the identity provider says so. */
const defaultOidcRole = z.enum(
  VIEWER_ROLES.filter((role): role is Exclude<ViewerRole, 'admin'> => role !== 'admin'),
);

const envSchema = z.object({
  SEXTANT_WORKSPACE: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// connection URL')
    .optional(),
  SEXTANT_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  SEXTANT_HOST: z.string().min(1).optional(),
  NO_COLOR: z.string().optional(),
  JIRA_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  JIRA_EMAIL: z.string().min(1).optional(),
  JIRA_API_TOKEN: z.string().min(1).optional(),
  JIRA_PAT: z.string().min(1).optional(),
  GITHUB_TOKEN: z.string().min(1).optional(),
  GITHUB_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  GITHUB_WEBHOOK_SECRET: z.string().min(1).optional(),
  GITLAB_TOKEN: z.string().optional(),
  GITLAB_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  GITLAB_WEBHOOK_TOKEN: z.string().optional(),
  PAGERDUTY_TOKEN: z.string().optional(),
  PAGERDUTY_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPSGENIE_API_KEY: z.string().optional(),
  OPSGENIE_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  INCIDENT_WEBHOOK_TOKEN: z.string().optional(),
  SEXTANT_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  SEXTANT_CHROMIUM: z.string().min(1).optional(),
  SEXTANT_OIDC_ISSUER: z.union([z.literal(''), issuerUrl]).optional(),
  SEXTANT_OIDC_CLIENT_ID: z.string().optional(),
  SEXTANT_OIDC_CLIENT_SECRET: z.string().optional(),
  SEXTANT_OIDC_REDIRECT_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).optional(),
  SEXTANT_OIDC_DISPLAY_NAME: z.string().max(64).optional(),
  SEXTANT_OIDC_SCOPES: z
    .union([
      z.literal(''),
      z.string().regex(/(^|\s)openid(\s|$)/, 'space-separated scopes including "openid"'),
    ])
    .optional(),
  SEXTANT_OIDC_NAME_CLAIM: z.string().optional(),
  SEXTANT_OIDC_ROLE_CLAIM: z.string().optional(),
  SEXTANT_OIDC_DEFAULT_ROLE: z.union([z.literal(''), defaultOidcRole]).optional(),
});

export interface Config {
  workspace: string | undefined;
  databaseUrl: string | undefined;
  port: number;
  host: string;
  /** Jira: Cloud uses `email` + `apiToken` (basic auth), Data Center a personal access token `pat` (bearer). */
  jira: { baseUrl?: string; email?: string; apiToken?: string; pat?: string };
  /** GitHub: `apiUrl` is https://api.github.com or, for Enterprise Server, `https://<host>/api/v3`. */
  github: { token: string | undefined; apiUrl: string; webhookSecret: string | undefined };
  /** GitLab: `apiUrl` is https://gitlab.com/api/v4 or `https://<host>/api/v4`; empty values count as unset. */
  gitlab: { token: string | undefined; apiUrl: string; webhookToken: string | undefined };
  /** PagerDuty: a REST API key; `apiUrl` is https://api.pagerduty.com or the EU service address. */
  pagerduty: { token: string | undefined; apiUrl: string | undefined };
  /** Opsgenie: an API integration key; `apiUrl` is https://api.opsgenie.com or the EU address. */
  opsgenie: { apiKey: string | undefined; apiUrl: string | undefined };
  /** The shared secret of `POST /api/webhooks/incidents`; unset refuses every delivery. */
  incidentWebhookToken: string | undefined;
  /** The SMTP server scheduled e-mail reports go through (`smtp://user:pass@host:587`). */
  smtpUrl: string | undefined;
  /** The Chromium (or Chrome) executable that prints reports to PDF. */
  chromiumPath: string;
  /** Dashboard sign-in through an OpenID Connect identity provider; undefined when not configured. */
  oidc: OidcSettings | undefined;
}

/** The relying party's settings (docs/access.md, "Signing in through an identity provider"). */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** Unset for a public client, which proves itself with PKCE alone. */
  clientSecret: string | undefined;
  /** Where the identity provider sends the browser back; derived from the request's origin when unset. */
  redirectUrl: string | undefined;
  /** What the sign-in screen calls the provider: "Sign in with <displayName>". */
  displayName: string;
  scopes: string;
  /** The claim whose value becomes a new user's name (the part before "@" when it is an address). */
  nameClaim: string;
  /** A claim whose value (a string or a list) names the user's role at every sign-in; unset: `defaultRole` once. */
  roleClaim: string | undefined;
  defaultRole: Exclude<ViewerRole, 'admin'>;
}

export const DEFAULT_PORT = 4319;
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
export const DEFAULT_GITLAB_API_URL = 'https://gitlab.com/api/v4';
export const DEFAULT_OIDC_SCOPES = 'openid profile email';
export const DEFAULT_OIDC_NAME_CLAIM = 'preferred_username';

let cached: Config | undefined;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached && env === process.env) return cached;
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new InputError(
      'The environment has invalid settings',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify(env[String(issue.path[0])]),
      })),
    );
  }
  const config: Config = {
    workspace: parsed.data.SEXTANT_WORKSPACE,
    databaseUrl: parsed.data.DATABASE_URL || undefined,
    port: parsed.data.SEXTANT_PORT ?? DEFAULT_PORT,
    host: parsed.data.SEXTANT_HOST ?? '127.0.0.1',
    jira: {
      baseUrl: parsed.data.JIRA_BASE_URL,
      email: parsed.data.JIRA_EMAIL,
      apiToken: parsed.data.JIRA_API_TOKEN,
      pat: parsed.data.JIRA_PAT,
    },
    github: {
      token: parsed.data.GITHUB_TOKEN || undefined,
      apiUrl: parsed.data.GITHUB_API_URL || DEFAULT_GITHUB_API_URL,
      webhookSecret: parsed.data.GITHUB_WEBHOOK_SECRET || undefined,
    },
    gitlab: {
      token: parsed.data.GITLAB_TOKEN || undefined,
      apiUrl: parsed.data.GITLAB_API_URL || DEFAULT_GITLAB_API_URL,
      webhookToken: parsed.data.GITLAB_WEBHOOK_TOKEN || undefined,
    },
    pagerduty: {
      token: parsed.data.PAGERDUTY_TOKEN || undefined,
      apiUrl: parsed.data.PAGERDUTY_API_URL || undefined,
    },
    opsgenie: {
      apiKey: parsed.data.OPSGENIE_API_KEY || undefined,
      apiUrl: parsed.data.OPSGENIE_API_URL || undefined,
    },
    incidentWebhookToken: parsed.data.INCIDENT_WEBHOOK_TOKEN || undefined,
    smtpUrl: parsed.data.SEXTANT_SMTP_URL || undefined,
    chromiumPath: parsed.data.SEXTANT_CHROMIUM ?? DEFAULT_CHROMIUM_PATH,
    oidc: toOidcSettings(parsed.data, env),
  };
  if (env === process.env) cached = config;
  return config;
}

/** Issuer and client id go together: one without the other is a mistake, not "OIDC off". */
function toOidcSettings(data: z.infer<typeof envSchema>, env: NodeJS.ProcessEnv): OidcSettings | undefined {
  const issuer = data.SEXTANT_OIDC_ISSUER || undefined;
  const clientId = data.SEXTANT_OIDC_CLIENT_ID || undefined;
  if (!issuer && !clientId) return undefined;
  if (!issuer || !clientId) {
    const missing = issuer ? 'SEXTANT_OIDC_CLIENT_ID' : 'SEXTANT_OIDC_ISSUER';
    throw new InputError('The environment has invalid settings', [
      {
        path: missing,
        message: 'missing',
        found: JSON.stringify(env[missing]),
        expected: 'set together with SEXTANT_OIDC_ISSUER and SEXTANT_OIDC_CLIENT_ID, or neither',
      },
    ]);
  }
  return {
    issuer,
    clientId,
    clientSecret: data.SEXTANT_OIDC_CLIENT_SECRET || undefined,
    redirectUrl: data.SEXTANT_OIDC_REDIRECT_URL || undefined,
    displayName: data.SEXTANT_OIDC_DISPLAY_NAME || new URL(issuer).host,
    scopes: data.SEXTANT_OIDC_SCOPES || DEFAULT_OIDC_SCOPES,
    nameClaim: data.SEXTANT_OIDC_NAME_CLAIM || DEFAULT_OIDC_NAME_CLAIM,
    roleClaim: data.SEXTANT_OIDC_ROLE_CLAIM || undefined,
    defaultRole: data.SEXTANT_OIDC_DEFAULT_ROLE || 'viewer',
  };
}

/**
 * A secret whose variable name the workspace gives (a Slack webhook URL named by a report schedule), read
 * when it is used so the URL itself never sits in sextant.yaml. Empty counts as unset.
 */
export function readNamedSecret(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[name] || undefined;
}
