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
  JIRA_BASE_URL: z.url().optional(),
  JIRA_EMAIL: z.string().min(1).optional(),
  JIRA_API_TOKEN: z.string().min(1).optional(),
  JIRA_PAT: z.string().min(1).optional(),
});

export interface Config {
  workspace: string | undefined;
  databaseUrl: string | undefined;
  port: number;
  host: string;
  /** Jira: Cloud uses `email` + `apiToken` (basic auth), Data Center a personal access token `pat` (bearer). */
  jira: { baseUrl?: string; email?: string; apiToken?: string; pat?: string };
}

export const DEFAULT_PORT = 4319;

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
  };
  if (env === process.env) cached = config;
  return config;
}
