/**
 * The process environment, read once and validated. No other module reads `process.env`.
 */
import { z } from 'zod';
import { InputError } from './domain/errors.js';

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
}

export const DEFAULT_PORT = 4319;
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
export const DEFAULT_GITLAB_API_URL = 'https://gitlab.com/api/v4';

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
  };
  if (env === process.env) cached = config;
  return config;
}

/**
 * A secret whose variable name the workspace gives (a Slack webhook URL named by a report schedule), read
 * when it is used so the URL itself never sits in sextant.yaml. Empty counts as unset.
 */
export function readNamedSecret(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[name] || undefined;
}
