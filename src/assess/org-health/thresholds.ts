/**
 * Every threshold the org health rules apply, in one place so they can be read, documented
 * (docs/organization/org-health.md) and tuned together. Team sizes come from the domain
 * (`TEAM_SIZE_RANGES`, after the playbook's table of team types); the seeds give no figure for span of
 * control, so 3 to 8 direct reports is our own choice, a common rule of thumb for line managers.
 */
import type { TeamType } from '../../domain/team.js';

export const ORG_HEALTH_THRESHOLDS = {
  conway: {
    /** A team's commits in the window before the share outside its services is judged. */
    minTeamCommits: 30,
    /** A team is mismatched when more than this share of its commits lands in services it does not own. */
    outsideShare: 0.5,
    /** A service's commits in the window before its owner's share is judged. */
    minServiceCommits: 20,
    /** A service's owner is absent when its members wrote less than this share of the service's commits. */
    ownerShare: 0.2,
  },
  hubTeam: {
    /** Distinct consumer teams a provider holds up with open blocking dependencies. */
    minConsumers: 3,
    /** Or: its share of all open blocking dependencies in the organization… */
    share: 0.3,
    /** …counted only when it provides at least this many of them. */
    minDependencies: 3,
  },
  matrix: {
    /** More teams than this splits a person too far. */
    maxTeams: 2,
    /** An allocation below this is too thin a slice of a person to count on. */
    minAllocation: 0.25,
  },
  hero: {
    /** Commits a service or repository needs before its truck factor is trusted. */
    minCommits: 20,
    /** Pages a team's services need in the window before one responder's share is judged. */
    minPages: 10,
    /** One responder carrying more than this share of a team's pages. */
    pageShare: 0.5,
  },
  spanOfControl: {
    /** Fewer direct reports than this is a narrow span (a layer of management with little to manage). */
    min: 3,
    /** More than this is a wide span (too many people for one manager to support). */
    max: 8,
  },
  cognitiveLoad: {
    /** A latest assessment (intrinsic + extraneous) at or above this is at capacity; above 10 is overloaded. */
    atCapacity: 9,
    /** This many assessments in a row, each higher than the one before, is a rising trend. */
    risingAssessments: 3,
    /**
     * Services a team of each type can own before they outgrow its cognitive budget: a stream-aligned team
     * owns one value stream's few services; a platform's products are services too; a complicated
     * subsystem holds one deep specialism; an enabling team coaches and owns next to nothing.
     */
    maxServices: {
      'stream-aligned': 4,
      platform: 6,
      'complicated-subsystem': 3,
      enabling: 1,
    } satisfies Record<TeamType, number>,
  },
  collaboration: {
    /** Days a collaboration may run: the playbook wants it time-boxed, to discovery; about six months. */
    maxDays: 182,
  },
} as const;
