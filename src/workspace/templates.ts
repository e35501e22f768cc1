/**
 * The files `sextant init` writes: an empty but valid workspace whose comments show every field with an
 * example. Convention the tests rely on: a line of example YAML starts with `#` followed by two spaces
 * (`#  - name: payments`), so removing the `#` alone yields valid, correctly indented YAML; prose
 * comments start with `# ` and a word. The examples of the four model files refer to each other and,
 * uncommented together, form a valid workspace.
 */
import { stringify } from 'yaml';
import { WORKSPACE_FILES } from './model-files.js';

export const GITIGNORE_FILE = '.gitignore';
export const GITIGNORE_ENTRY = '.sextant/';
export const GITIGNORE = `# Local state of Sextant (the embedded database): never reviewed, never committed.\n${GITIGNORE_ENTRY}\n`;

/** The YAML files of a new workspace by path relative to its root. */
export function renderWorkspaceFiles(orgName: string): Record<string, string> {
  return {
    [WORKSPACE_FILES.config]: renderConfig(orgName),
    [WORKSPACE_FILES.teams]: TEAMS,
    [WORKSPACE_FILES.people]: PEOPLE,
    [WORKSPACE_FILES.services]: SERVICES,
    [WORKSPACE_FILES.dependencies]: DEPENDENCIES,
  };
}

function renderConfig(orgName: string): string {
  // Quoted by the YAML library when needed (a colon, a leading `*`…); never folded over two lines.
  const name = stringify(orgName, { lineWidth: 0 }).trimEnd();
  return `# A Sextant workspace: what the organization declares, reviewed in git like code.
# This file says who the organization is and how Sextant reads it; model/ holds the teams,
# people, services and dependencies. Check everything with \`sextant validate\`.

# Version of the workspace file format.
version: 1

org:
  name: ${name}
  # A short name for URLs and file names (lower-case letters, digits and dashes), e.g.:
  # slug: acme

# IANA time zone for calendar buckets: days, weeks starting on Monday, months and quarters.
timezone: UTC

# Month in which the fiscal year starts, 1 (January) to 12.
fiscalYearStart: 1

# Deployment environments that count as production for the delivery metrics.
productionEnvironments:
  - production
  - prod

# Files of observed data (commits, deployments, incidents…) that \`sextant sync\` and \`sextant start\` load,
# relative to this folder; docs/import.md describes their format. For example:
#   imports:
#     - path: data/deployments.csv
#       type: deployments
#       source: csv
imports: []

# Systems Sextant reads observed data from. Each source has a unique name; with \`every\` it syncs on that
# interval while \`sextant serve\` runs, and \`sextant sync --source NAME\` runs it at once. Tokens come from
# the environment (GITHUB_TOKEN, GITLAB_TOKEN, JIRA_API_TOKEN …), never from this file. For example:
#   sources:
#     - name: payments-git
#       type: git                          # a local clone
#       path: ../repos/payments-api
#       service: payments                  # tags matching deployTags are its production deployments
#       deployTags: 'v*'
#       every: 15m
#     - name: payments-github
#       type: github
#       repository: acme/payments-api      # owner/name
#       every: 1h
#     - name: payments-jira
#       type: jira
#       jql: project = PAY
#       every: 6h
sources: []

# Targets that replace the KPI catalog's defaults, by KPI id. For example:
#   kpiTargets:
#     change-failure-rate: 0.15
kpiTargets: {}
`;
}

const TEAMS = `# Teams, typed as in Team Topologies. Members are not listed here: each person names their teams
# in model/people.yaml and Sextant works out every team's members from that.
# A reference may be short (payments) or full (team:default/payments).
#
# To add a team, remove the leading "#" from the example lines and edit them.
teams:
#  - name: payments                  # lower-case letters, digits and dashes; unique among teams
#    namespace: default              # optional; "default" when left out
#    title: Payments                 # optional; the name when left out
#    type: stream-aligned            # stream-aligned | platform | enabling | complicated-subsystem
#    mission: Let customers pay in every market we sell in.
#    lead: ada                       # optional; a person in model/people.yaml
#    services:                       # services the team owns; each one's owner must be this team
#      - payments-api
#    interactions:                   # how the team works with other teams, and since when
#      - mode: x-as-a-service        # collaboration | x-as-a-service | facilitating
#        with: platform
#        since: 2026-01-05
#        until: 2026-06-30           # optional; leave it out while the interaction lasts
#        purpose: Ledger postings through the platform API
#    cognitiveLoad:                  # assessments over time, each part scored 0 to 10
#      - date: 2026-03-02
#        intrinsic: 6                # how hard the domain itself is
#        extraneous: 3               # friction from tools and process
#        notes: Card-network migration under way
#    channels:                       # where to reach the team
#      - '#payments'
#  - name: platform
#    type: platform
#    mission: Give product teams a paved road to production.
`;

const PEOPLE = `# People: who they are, whom they report to and which teams they work in. Team members are derived
# from this file. Compensation, performance and other private data never belong here.
#
# To add a person, remove the leading "#" from the example lines and edit them.
people:
#  - name: ada                       # lower-case letters, digits and dashes; unique among people
#    namespace: default              # optional; "default" when left out
#    displayName: Ada Lovelace       # optional; the name when left out
#    email: ada@example.com          # optional
#    role: Engineering Manager
#    level: M2                       # optional; the level names of your own career ladder
#    manager: grace                  # optional; the chain of managers must end with someone who has none
#    teams:                          # the share of their time each team gets, at most 1 in total
#      - team: payments
#        allocation: 0.8
#      - team: platform
#        allocation: 0.2
#    identities:                     # how they appear in each source, one value or a list
#      git: [ada@example.com, ada@users.noreply.github.com]
#      github: ada-l
#      gitlab: ada
#      jira: 5b10ac8d82e05b22cc7d4ef5
#      pagerduty: PXYZ123
#      opsgenie: ada@example.com
#    startDate: 2024-09-02           # optional
#    location: Berlin                # optional
#  - name: grace
#    displayName: Grace Hopper
#    role: Director of Engineering
#    teams:
#      - platform                    # a team name alone means all of their time
`;

const SERVICES = `# What the organization builds and runs, grouped as in the Backstage catalog: services belong to
# systems, systems to domains, and each has one owning team. Repositories are where the code lives.
# Every entry may also have a namespace (optional; "default" when left out).
#
# To add entries, remove the leading "#" from the example lines and edit them.
domains:
#  - name: commerce
#    title: Commerce                 # optional; the name when left out
#    description: Everything between a basket and a settled payment.
#    owner: payments                 # a team

systems:
#  - name: checkout
#    title: Checkout                 # optional
#    description: Takes an order from basket to paid.
#    owner: payments
#    domain: commerce                # optional

services:
#  - name: payments-api
#    title: Payments API             # optional
#    description: Authorizes and captures card payments.
#    owner: payments                 # the one team answerable for it
#    system: checkout                # optional
#    tier: 1                         # 1 (most critical) to 4; 3 when left out
#    lifecycle: production           # experimental | production | deprecated; production when left out
#    repositories:                   # where its code lives
#      - payments-api
#    dependsOn:                      # services it calls, or resources it uses (resource:name)
#      - ledger
#      - resource:payments-db
#    providesApis: [payments-rest]   # APIs it serves (declared under apis:)
#    consumesApis: []                # APIs of others it calls
#    deployments:                    # optional; how its deployments are detected
#      from: ci-job                  # api | ci-job | release | tag | merge; api when left out
#      job: 'deploy-prod*'           # with ci-job: a glob on the CI job (or pipeline) name
#      environments:                 # optional; what the environment names sources report are
#        prod-eu: production         # production | staging | other; read before productionEnvironments
#        qa: staging
#    slos:
#      - name: availability
#        indicator: availability     # availability | latency | freshness | correctness
#        target: 0.999               # fraction of valid events that are good (not a percentage)
#        windowDays: 28              # the rolling window; 28 when left out
#      - name: fast-authorizations
#        indicator: latency
#        target: 0.99
#        thresholdMs: 300            # for latency: a good event is faster than this
#  - name: ledger
#    owner: platform

apis:
#  - name: payments-rest
#    type: openapi                   # openapi | asyncapi | graphql | grpc | other
#    lifecycle: production
#    owner: payments
#    system: checkout                # optional
#    definition: https://example.com/payments/openapi.yaml   # optional: the text or where it lives

resources:
#  - name: payments-db
#    type: database                  # database | queue | bucket | … (free text)
#    owner: payments
#    system: checkout                # optional

repositories:
#  - name: payments-api
#    url: https://github.com/example/payments-api
#    path: ../payments-api           # optional; a local clone, relative to this folder or absolute
#    defaultBranch: main             # main when left out
`;

const DEPENDENCIES = `# Cross-team dependencies: one team provides something another team needs, ideally by a date.
#
# To add a dependency, remove the leading "#" from the example lines and edit them.
dependencies:
#  - name: ledger-multi-currency     # unique among dependencies
#    namespace: default              # optional; "default" when left out
#    provider: platform              # the team that delivers
#    consumer: payments              # the team that needs it
#    what: Multi-currency postings in the ledger API
#    type: blocking                  # blocking (cannot start) | non-blocking (works against a mock) | soft (has a workaround)
#    status: in-progress             # not-started | in-progress | available | done | cancelled
#    risk: high                      # low | medium | high; medium when left out
#    neededBy: 2026-05-15            # optional
#    strategy: contract-first        # optional; contract-first | embedded-engineer | shared-interface | reprioritize | decouple | eliminate
#    services:                       # optional; the services involved
#      - ledger
#    notes: API contract agreed on 2026-03-10.
`;
