/**
 * The declared organization as stored. The workspace files are the source of truth: these tables are
 * replaced as a whole on every sync, so they carry no history and no foreign keys (a reference the
 * workspace loader resolved is known good, and replacing in dependency order would buy nothing).
 * Nested, always-read-together values (interactions, cognitive load, identities, SLOs, deployment
 * detection) are jsonb.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
} from 'drizzle-orm/pg-core';
import type { Identities } from '../../domain/person.js';
import type { DeploymentDetection, Slo } from '../../domain/service.js';
import type { CognitiveLoad, Team, TeamApi } from '../../domain/team.js';

export const teams = pgTable('teams', {
  ref: text('ref').primaryKey(),
  name: text('name').notNull(),
  title: text('title').notNull(),
  type: text('type').notNull(),
  mission: text('mission').notNull(),
  lead: text('lead'),
  services: text('services').array().notNull(),
  interactions: jsonb('interactions').$type<Team['interactions']>().notNull(),
  cognitiveLoad: jsonb('cognitive_load').$type<CognitiveLoad[]>().notNull(),
  channels: text('channels').array().notNull(),
  api: jsonb('api').$type<TeamApi>(),
  since: date('since', { mode: 'string' }),
  until: date('until', { mode: 'string' }),
});

export const people = pgTable('people', {
  ref: text('ref').primaryKey(),
  name: text('name').notNull(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  role: text('role').notNull(),
  level: text('level'),
  manager: text('manager'),
  dottedLine: text('dotted_line').array().notNull().default(sql`'{}'::text[]`),
  identities: jsonb('identities').$type<Identities>().notNull(),
  startDate: date('start_date', { mode: 'string' }),
  endDate: date('end_date', { mode: 'string' }),
  location: text('location'),
});

/** Who works in which team, and with what share of their time (0 < allocation <= 1). */
export const teamMemberships = pgTable(
  'team_memberships',
  {
    team: text('team').notNull(),
    person: text('person').notNull(),
    allocation: doublePrecision('allocation').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.team, t.person] }),
    index('team_memberships_person_idx').on(t.person),
    check('team_memberships_allocation_check', sql`${t.allocation} > 0 and ${t.allocation} <= 1`),
  ],
);

export const services = pgTable(
  'services',
  {
    ref: text('ref').primaryKey(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    owner: text('owner').notNull(),
    system: text('system'),
    tier: integer('tier').notNull(),
    lifecycle: text('lifecycle').notNull(),
    repositories: text('repositories').array().notNull(),
    /** Full references to the services and resources it depends on. */
    dependsOn: text('depends_on').array().notNull(),
    providesApis: text('provides_apis').array().notNull().default(sql`'{}'::text[]`),
    consumesApis: text('consumes_apis').array().notNull().default(sql`'{}'::text[]`),
    slos: jsonb('slos').$type<Slo[]>().notNull(),
    /** How the service's deployments are detected; rows written before it was declared get the default. */
    deployments: jsonb('deployments')
      .$type<DeploymentDetection>()
      .notNull()
      .default(sql`'{"from":"api","job":null,"environments":{}}'::jsonb`),
  },
  (t) => [index('services_owner_idx').on(t.owner)],
);

export const systems = pgTable('systems', {
  ref: text('ref').primaryKey(),
  name: text('name').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  owner: text('owner').notNull(),
  domain: text('domain'),
});

export const domains = pgTable('domains', {
  ref: text('ref').primaryKey(),
  name: text('name').notNull(),
  title: text('title').notNull(),
  description: text('description'),
  owner: text('owner').notNull(),
});

export const apis = pgTable(
  'apis',
  {
    ref: text('ref').primaryKey(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    type: text('type').notNull(),
    lifecycle: text('lifecycle').notNull(),
    owner: text('owner').notNull(),
    system: text('system'),
    /** The definition inline, or where to read it. */
    definition: text('definition'),
  },
  (t) => [index('apis_owner_idx').on(t.owner)],
);

export const resources = pgTable(
  'resources',
  {
    ref: text('ref').primaryKey(),
    name: text('name').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    type: text('type').notNull(),
    owner: text('owner').notNull(),
    system: text('system'),
    dependsOn: text('depends_on').array().notNull(),
  },
  (t) => [index('resources_owner_idx').on(t.owner)],
);

export const repositories = pgTable('repositories', {
  ref: text('ref').primaryKey(),
  name: text('name').notNull(),
  url: text('url'),
  path: text('path'),
  defaultBranch: text('default_branch').notNull(),
});

export const dependencies = pgTable('dependencies', {
  ref: text('ref').primaryKey(),
  name: text('name').notNull(),
  provider: text('provider').notNull(),
  consumer: text('consumer').notNull(),
  what: text('what').notNull(),
  type: text('type').notNull(),
  status: text('status').notNull(),
  risk: text('risk').notNull(),
  neededBy: date('needed_by', { mode: 'string' }),
  strategy: text('strategy'),
  services: text('services').array().notNull(),
  notes: text('notes'),
});
