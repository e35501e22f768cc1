/** Technical and product concerns: scale, debt, reliability, security, new technology, quality, architecture. */
import { defineConcerns } from './define.js';
import { carriedBy } from './features.js';

export const TECHNICAL_CONCERNS = defineConcerns('tech', [
  {
    slug: 'scalability',
    title: 'Scalability and performance',
    summary:
      'Infrastructure and application design keep up as traffic and customers grow, without slowing down.',
    policy: {
      slug: 'performance-bar',
      title: 'Performance bar before release',
      statement:
        'A new feature or large change ships only after its performance impact is assessed and it meets the agreed load and latency benchmarks.',
      procedures: [
        [
          'load-test-calendar',
          'Load test calendar',
          'A yearly schedule of load, stress and scale tests, each with an owner and a required sign-off.',
        ],
        [
          'slo-targets',
          'Service level objectives',
          'Every service states its SLO or SLA indicators and targets on one template, and attainment is watched and reported all the time.',
          carriedBy(
            'slos',
            'reads SLO targets from the catalog and reports attainment, error budget left and burn rate per service.',
          ),
        ],
        [
          'alerting-standard',
          'Monitoring and alerting standard',
          'One standard settles which tools to use, alert thresholds, escalation routes and how dashboards are set up.',
        ],
        [
          'architecture-review',
          'Architecture review of large changes',
          'Large changes go to an architecture review board with named roles, a review checklist and required documents.',
          carriedBy(
            'architectureReviews',
            'records review-board submissions with their checklist and outcome beside the ADRs.',
          ),
        ],
        [
          'infrastructure-as-code',
          'Infrastructure as code',
          'Infrastructure is provisioned from code with an agreed repository layout and templates, and deployed through its own pipelines.',
        ],
      ],
    },
  },
  {
    slug: 'debt',
    title: 'Technical debt',
    summary: 'Debt in code and design is found and paid down before it blocks teams or slows them.',
    policy: {
      slug: 'managed-debt',
      title: 'Debt is managed on purpose',
      statement:
        'Technical debt is tracked, ranked and reduced deliberately so systems stay healthy and easy to change.',
      procedures: [
        [
          'debt-register',
          'Debt register with scoring',
          'Debt items are recorded with an estimate and ranked with a scoring matrix.',
          carriedBy(
            'debt',
            'keeps the debt register and ranks items by impact, cost of delay, effort and risk.',
          ),
        ],
        [
          'reserved-capacity',
          'Reserved capacity for debt',
          'Sprint plans set aside part of the capacity for debt, typically 10 to 20 percent, and track what was really spent.',
          carriedBy(
            'capacity',
            'compares the share of work spent on debt each month with the target allocation of each team.',
          ),
        ],
        [
          'review-and-audit',
          'Code review and architecture audits',
          'Reviews follow a checklist of what to look at, and whole-system architecture health audits run on a schedule.',
          carriedBy(
            'reviews',
            'measures review turnaround, pull request size and changes merged without review; the audits stay with people.',
          ),
        ],
        [
          'ownership-in-goals',
          'Debt in goals and reviews',
          'Code quality and debt reduction appear in team objectives and in individual performance reviews.',
        ],
      ],
    },
  },
  {
    slug: 'reliability',
    title: 'Reliability and uptime',
    summary:
      'Products and services stay up and fast enough that users are satisfied and the SLAs promised to the business hold.',
    policy: {
      slug: 'availability',
      title: 'Availability through prevention and response',
      statement:
        'Critical systems stay highly available by preventing failures ahead of time and answering incidents quickly.',
      procedures: [
        [
          'incident-response',
          'Incident response runbook',
          'A runbook sets severity levels, roles and how to communicate, and every qualifying incident gets a postmortem.',
          carriedBy(
            'incidents',
            'records incidents by severity with their timeline and reports time to acknowledge and to resolve.',
          ),
        ],
        [
          'on-call',
          'On-call rotation',
          'Rotations cover all 24 hours of every day, with readiness rules, published schedules and escalation routes.',
          carriedBy(
            'oncall',
            'shows pages per person per week and the share that arrived out of hours, per rotation.',
          ),
        ],
        [
          'test-automation',
          'Automated test standards',
          'Unit, integration and end-to-end tests meet coverage standards, run in prepared environments and gate the pipeline.',
          carriedBy(
            'builds',
            'reports build success rate and pipeline duration from CI runs; test coverage is not read.',
          ),
        ],
        [
          'disaster-recovery',
          'Disaster recovery and continuity',
          'Recovery drills run on a schedule, RPO and RTO are written down, and the results of each drill are reviewed.',
          carriedBy(
            'controls',
            'tracks recovery drills as controls with an owner and how fresh their evidence is.',
          ),
        ],
        [
          'chaos-testing',
          'Resilience experiments',
          'Chaos experiments are designed with a limited blast radius and a tested way back.',
        ],
      ],
    },
  },
  {
    slug: 'security',
    title: 'Security',
    summary:
      'Code, designs, systems and the data customers entrust to the company are kept safe from attackers and flaws.',
    policy: {
      slug: 'secure-by-default',
      title: 'Security at every stage',
      statement:
        'Every stage of building software includes security work that protects company and customer data.',
      procedures: [
        [
          'secure-lifecycle',
          'Secure development lifecycle',
          'Threat models, static and dynamic scans and security reviews are part of sprints and of release gates.',
          carriedBy(
            'vulns',
            'imports scanner findings and holds each one to its fix deadline for its severity.',
          ),
        ],
        [
          'audits-and-pentests',
          'Audits and penetration tests',
          'Internal checks run on a schedule, outside testers are hired by a set process and every finding is followed to its fix.',
          carriedBy(
            'vulns',
            'lists open findings with their age and flags those past the deadline for their severity.',
          ),
        ],
        [
          'security-training',
          'Security training',
          'Every engineer takes security awareness training once a year, plus secure coding training.',
        ],
        [
          'access-management',
          'Access and identity',
          'Accounts are granted and removed by a set process with role-based access, MFA is required and access is reviewed regularly.',
          carriedBy('controls', 'records access reviews as controls with an owner and dated evidence.'),
        ],
        [
          'compliance',
          'Compliance programme',
          'Standards such as SOC 2, ISO 27001 and GDPR are met through a checklist, audits run in-house and audits by outside firms.',
          carriedBy(
            'controls',
            'lists SOC 2, ISO 27001 and GDPR controls with owners, evidence freshness and audit readiness.',
          ),
        ],
      ],
    },
  },
  {
    slug: 'innovation',
    title: 'Innovation and new technology',
    summary: 'Leaders follow new technologies and trends and judge deliberately where they pay off.',
    policy: {
      slug: 'exploration',
      title: 'Support for exploration',
      statement: 'The organization backs steady innovation and deliberate trials of new technology.',
      procedures: [
        ['hack-days', 'Hack days', 'Teams propose projects, agree their scope and present what they built.'],
        [
          'conferences',
          'Conference attendance',
          'Trips to conferences come from a set budget, need approval and end with a talk or write-up for colleagues.',
        ],
        [
          'technology-council',
          'Technology council and spikes',
          'A council meets on a fixed cadence, writes technology evaluations from a template and starts time-boxed spikes.',
          carriedBy(
            'rituals',
            "keeps the council's meeting on the calendar with its owner, audience and agenda.",
          ),
        ],
        [
          'proof-of-concept',
          'Funded proofs of concept',
          'A short proposal with success criteria and an exit plan is enough to get a proof of concept approved.',
        ],
        [
          'knowledge-sharing',
          'Shared knowledge',
          'Tech talks, lunch sessions and one central knowledge base spread what people learn.',
        ],
      ],
    },
  },
  {
    slug: 'product-quality',
    title: 'Product quality and user experience',
    summary: 'Products work correctly and are also easy and pleasant to use.',
    policy: {
      slug: 'quality-bar',
      title: 'Quality and experience standards',
      statement:
        'Every product and feature meets the agreed quality standard and gives users a good experience.',
      procedures: [
        [
          'definition-of-done',
          'Definition of done',
          'Work counts as done once its tests, its acceptance conditions and its quality checks pass, not when the code merges.',
        ],
        [
          'release-readiness',
          'Release readiness gate',
          'A release goes out only after a readiness checklist signed off by QA, product and security.',
          carriedBy(
            'releases',
            'runs each release through a checklist of sign-offs and automatic checks read from CI, deployments and incidents.',
          ),
        ],
        [
          'user-feedback',
          'User feedback loop',
          'In-app feedback, surveys and interviews are collected, sent to the right team and analysed.',
        ],
        [
          'product-design-partnership',
          'Working with product and design',
          'Engineering, product and design hold joint working sessions and design reviews and share one documentation space.',
        ],
        [
          'ab-testing',
          'A/B tests',
          'Product changes are tried as A/B tests that name their success metric before they start and are analysed after.',
        ],
      ],
    },
  },
  {
    slug: 'architecture',
    title: 'Architecture and design',
    summary: 'The architecture stays sound, adaptable and in line with long-term business goals.',
    policy: {
      slug: 'intentional-architecture',
      title: 'Deliberate architecture',
      statement:
        'Architecture is designed on purpose, written down and reviewed for scale, reliability, security and maintainability.',
      procedures: [
        [
          'review-board',
          'Architecture review board',
          'The board has a charter, a submission template for proposals and a regular meeting.',
          carriedBy(
            'architectureReviews',
            'records review-board submissions with their checklist and decision.',
          ),
        ],
        [
          'principles',
          'Principles and patterns',
          'Principles, preferred patterns and known anti-patterns are kept in one shared place.',
        ],
        [
          'documentation',
          'Architecture documentation',
          'Diagrams follow one notation such as C4, decisions are kept as ADRs, and both are versioned.',
          carriedBy(
            'decisions',
            'reads ADR Markdown files with their status and which decision replaces which.',
          ),
        ],
        [
          'domain-boundaries',
          'Domain boundaries',
          'Engineers learn domain-driven design and reviews check that changes stay inside their domain.',
          carriedBy(
            'services',
            'shows the catalog of domains, systems and services with their owners, so boundaries are visible.',
          ),
        ],
        [
          'fitness-reviews',
          'Architecture fitness',
          'Fitness functions test the architecture against goals, and the gaps found become strategic initiatives.',
        ],
      ],
    },
  },
]);
