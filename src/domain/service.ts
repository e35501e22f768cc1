/**
 * What the organization runs and builds: services grouped into systems, systems into domains, each owned
 * by a team, with the repositories its code lives in. APIs and resources have files of their own. Shapes follow the Backstage catalog so descriptors
 * convert both ways.
 */
import { z } from 'zod';
import { nameSchema, refTextSchema } from './primitives.js';
import { type Slo, sloSchema } from './slo.js';

export const SERVICE_TIERS = [1, 2, 3, 4] as const;
export const LIFECYCLES = ['experimental', 'production', 'deprecated'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export { type Slo, sloSchema } from './slo.js';

/** Where a service's deployments come from (DESIGN section 6, "Deployment"). */
export const DEPLOYMENT_DETECTION_SOURCES = ['api', 'ci-job', 'release', 'tag', 'merge'] as const;
export type DeploymentDetectionSource = (typeof DEPLOYMENT_DETECTION_SOURCES)[number];
/** What a source's environment name means for this service. */
export const ENVIRONMENT_CLASSES = ['production', 'staging', 'other'] as const;
export type EnvironmentClass = (typeof ENVIRONMENT_CLASSES)[number];

/**
 * How a service's deployments are detected. `from: ci-job` needs `job`, a glob on the CI job (or, for a
 * run without jobs, pipeline) name, since without it every build would count as a deployment; `job` is
 * refused with any other strategy because it would silently do nothing. `environments` maps the names a
 * source reports to what they are; it is consulted before `sextant.yaml`'s `productionEnvironments`.
 */
export const deploymentDetectionSchema = z
  .strictObject({
    from: z.enum(DEPLOYMENT_DETECTION_SOURCES).default('api'),
    job: z.string().min(1).optional(),
    environments: z.record(z.string().min(1), z.enum(ENVIRONMENT_CLASSES)).default({}),
  })
  .superRefine((detection, context) => {
    if (detection.from === 'ci-job' && detection.job === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['job'],
        message: 'with from: ci-job, a glob on the name of the deploy job, e.g. "deploy-prod*"',
      });
    }
    if (detection.from !== 'ci-job' && detection.job !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['job'],
        message: `no job with from: ${detection.from} (job only applies to from: ci-job)`,
      });
    }
  });
export type DeploymentDetectionSpec = z.output<typeof deploymentDetectionSchema>;

/** A service's resolved detection strategy; `job` is null unless `from` is `ci-job`. */
export interface DeploymentDetection {
  from: DeploymentDetectionSource;
  job: string | null;
  environments: Record<string, EnvironmentClass>;
}

export const DEFAULT_DEPLOYMENT_DETECTION: DeploymentDetection = {
  from: 'api',
  job: null,
  environments: {},
};

export const serviceSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  owner: refTextSchema,
  system: refTextSchema.optional(),
  tier: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).default(3),
  lifecycle: z.enum(LIFECYCLES).default('production'),
  repositories: z.array(refTextSchema).default([]),
  /** Services it calls (a plain name is a service) and resources it needs, written `resource:name`. */
  dependsOn: z.array(refTextSchema).default([]),
  /** APIs it offers and APIs it calls; a plain name is an API. */
  providesApis: z.array(refTextSchema).default([]),
  consumesApis: z.array(refTextSchema).default([]),
  slos: z.array(sloSchema).default([]),
  /** How its deployments are detected; the deployments API (or whatever is imported) when left out. */
  deployments: deploymentDetectionSchema.optional(),
});
export type ServiceSpec = z.output<typeof serviceSchema>;

export const systemSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  owner: refTextSchema,
  domain: refTextSchema.optional(),
});
export type SystemSpec = z.output<typeof systemSchema>;

export const domainSchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  owner: refTextSchema,
});
export type DomainSpec = z.output<typeof domainSchema>;

export const repositorySchema = z.strictObject({
  name: nameSchema,
  namespace: nameSchema.optional(),
  url: z.string().optional(),
  /** A local clone, relative to the workspace or absolute. */
  path: z.string().optional(),
  defaultBranch: z.string().default('main'),
});
export type RepositorySpec = z.output<typeof repositorySchema>;

export interface Service {
  ref: string;
  name: string;
  title: string;
  description: string | null;
  owner: string;
  system: string | null;
  tier: 1 | 2 | 3 | 4;
  lifecycle: (typeof LIFECYCLES)[number];
  repositories: string[];
  /** Full references to services and resources. */
  dependsOn: string[];
  providesApis: string[];
  consumesApis: string[];
  slos: Slo[];
  deployments: DeploymentDetection;
}

export interface System {
  ref: string;
  name: string;
  title: string;
  description: string | null;
  owner: string;
  domain: string | null;
}

export interface Domain {
  ref: string;
  name: string;
  title: string;
  description: string | null;
  owner: string;
}

export interface Repository {
  ref: string;
  name: string;
  url: string | null;
  path: string | null;
  defaultBranch: string;
}
