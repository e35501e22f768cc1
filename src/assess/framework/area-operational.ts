/** Operational and strategic concerns: budget, process, global standards, risk, reporting, roadmap, vendors. */
import { defineConcerns } from './define.js';
import { carriedBy } from './features.js';

export const OPERATIONAL_CONCERNS = defineConcerns('ops', [
  {
    slug: 'budget',
    title: 'Budget',
    summary: 'Money for headcount, tools and infrastructure goes where it returns the most.',
    policy: {
      slug: 'stewardship',
      title: 'Spending tied to strategy',
      statement:
        'Engineering spends responsibly and in line with strategic priorities to get the best return.',
      procedures: [
        [
          'annual-plan',
          'Annual budget',
          'The yearly plan is submitted on a template, forecast by shared rules and approved together with finance.',
          carriedBy('budget', 'holds the annual plan by category and forecasts the year from the run rate.'),
        ],
        [
          'cost-monitoring',
          'Cost monitoring',
          'Cloud cost tools, regular licence reviews and a steady search for savings keep spending efficient.',
          carriedBy('budget', 'imports actual costs and shows cloud cost per customer and per transaction.'),
        ],
        [
          'variance-review',
          'Budget against actuals',
          'Variances are reported on a template together with their root cause and the correction taken.',
          carriedBy(
            'budget',
            'compares actuals with the plan by category and keeps a note with each variance.',
          ),
        ],
        [
          'vendor-negotiation',
          'Vendor negotiation',
          'Purchases follow one vendor process: an RFP, contracts checked by legal, and a guide for negotiating terms.',
          carriedBy(
            'vendorRenewals',
            'lists contracts whose renewal or notice deadline is near, so negotiations start in time.',
          ),
        ],
        [
          'prioritised-spending',
          'Prioritised spending',
          'Initiatives are ranked by return and strategic fit, and budget moves between them by a set process.',
          carriedBy(
            'headcountScenarios',
            'prices headcount scenarios over the fiscal year against the plan; ranking by return stays with people.',
          ),
        ],
      ],
    },
  },
  {
    slug: 'delivery-process',
    title: 'Process efficiency and agility',
    summary: 'Development processes keep improving so delivery gets faster, better and more predictable.',
    policy: {
      slug: 'improvement',
      title: 'A process that keeps improving',
      statement: 'Engineering keeps refining how it works to gain speed, quality and adaptability.',
      procedures: [
        [
          'pipelines',
          'CI/CD pipelines',
          'Teams use a standard CI/CD toolchain and pipeline templates with automated tests built in.',
          carriedBy(
            'delivery',
            'measures deployment frequency, lead time, change failure rate and recovery time.',
          ),
        ],
        [
          'agile-practice',
          'Agile practice',
          'Sprint ceremonies are defined, work is tracked in agile tools and coaches support teams regularly.',
          carriedBy(
            'maturity',
            'assesses agile maturity from evidence and answers and says what the next level needs.',
          ),
        ],
        [
          'retrospectives',
          'Retrospectives with follow-up',
          'Retrospectives follow a set format, and their action items are written down and followed until done.',
          carriedBy(
            'experiments',
            'turns a proposed change into an experiment on a metric, compares before and after, and records the decision.',
          ),
        ],
        [
          'automation',
          'Automation first',
          'Work worth automating is identified, tools are assessed and the return on each automation is tracked.',
        ],
        [
          'standard-environments',
          'Standard environments',
          'Development environments come from golden images, approved tools sit in one registry and a new tool needs approval.',
        ],
      ],
    },
  },
  {
    slug: 'global-alignment',
    title: 'Global alignment and standards',
    summary: 'Practices, tools and standards are the same in every location.',
    policy: {
      slug: 'one-way-of-working',
      title: 'One way of working worldwide',
      statement:
        'Teams in every region share standards, processes and one vision so they work efficiently together.',
      procedures: [
        [
          'leadership-council',
          'Global leadership council',
          'The council meets on a regular cadence with a set agenda and a route for escalating global issues.',
          carriedBy(
            'rituals',
            'keeps the council meeting with its cadence in its time zone, owner and agenda.',
          ),
        ],
        [
          'standards-library',
          'Shared standards',
          'Coding guidelines and architecture patterns live in one place, new standards are reviewed and training on them is required.',
          carriedBy(
            'framework',
            'records which procedures are adopted, by whom, with what evidence and when each is due for review.',
          ),
        ],
        [
          'approved-tools',
          'Approved tools',
          'Tools approved for use worldwide are listed, a new one is evaluated before adoption and licences are bought centrally.',
          carriedBy('vendors', 'keeps tool vendors with their scores, lock-in assessment and renewal dates.'),
        ],
        [
          'cross-region-communication',
          'Communication across regions',
          'Virtual all-hands meet regularly, each initiative has a global lead and cultural awareness training is offered.',
          carriedBy(
            'rituals',
            'schedules recurring meetings in their own time zone and exports them as a calendar.',
          ),
        ],
        [
          'roles-and-charters',
          'Roles and charters',
          'Cross-functional initiatives use RACI matrices and every team has a written charter.',
          carriedBy(
            'teams',
            "shows each team's type, mission, members and owned services as declared in the workspace.",
          ),
        ],
      ],
    },
  },
  {
    slug: 'risk',
    title: 'Risk',
    summary: 'Risks to projects, delivery and operations are found, assessed and reduced.',
    policy: {
      slug: 'managed-risk',
      title: 'Managed risk',
      statement:
        'Finding, assessing and reducing engineering risks early is part of keeping the business running.',
      procedures: [
        [
          'assessment',
          'Risk assessment',
          'Risks are scored by one method for likelihood and impact, and key risk indicators are chosen for them.',
          carriedBy(
            'risks',
            'scores likelihood and impact from 1 to 5 and reads key risk indicators from metrics against thresholds.',
          ),
        ],
        [
          'mitigation-plans',
          'Mitigation plans',
          'Each risk gets a mitigation plan from a template with an owner and a due date.',
          carriedBy(
            'risks',
            'tracks mitigations with their owner and due date and the residual risk they leave.',
          ),
        ],
        [
          'register',
          'Risk register',
          'One register holds every risk with its status, actions and who answers for it.',
          carriedBy(
            'risks',
            'keeps the register in the workspace, linked to teams, services and OKRs, with a heat map.',
          ),
        ],
        [
          'backups',
          'Backups and restores',
          'Data has a set RPO and RTO, backups run automatically and restores are tested regularly.',
          carriedBy('controls', 'tracks backup and restore tests as controls with dated evidence.'),
        ],
        [
          'compliance-audits',
          'Compliance audits',
          'Internal audits check against the compliance checklists and every gap found is followed up by a set process.',
          carriedBy('controls', "shows each control's owner, evidence freshness and audit readiness."),
        ],
      ],
    },
  },
  {
    slug: 'communication',
    title: 'Communication and reporting',
    summary: 'Strategy, progress and problems reach stakeholders, executives and the board clearly.',
    policy: {
      slug: 'transparent-reporting',
      title: 'Open and timely reporting',
      statement: 'Stakeholders hear about engineering strategy, progress and problems openly and on time.',
      procedures: [
        [
          'communication-plan',
          'Communication plan',
          'A plan sets how often, for whom and why each update goes out, for example weekly team notes and monthly executive reports.',
          carriedBy(
            'rituals',
            'lists each recurring meeting with its audience and the pack it needs, week by week.',
          ),
        ],
        [
          'dashboards',
          'Standard dashboards',
          'Engineering KPIs are defined, shown in one reporting tool and reviewed regularly.',
          carriedBy(
            'overview',
            'shows DORA and flow figures with their definitions and the records behind them.',
          ),
        ],
        [
          'open-forums',
          'Open forums',
          'Leaders hold ask-me-anything sessions, postmortems are shared widely and open forums invite discussion.',
          carriedBy(
            'postmortems',
            'lists every postmortem with its actions, readable by anyone with access.',
          ),
        ],
        [
          'audience-fit',
          'Fitting the audience',
          'Guidelines separate executive summaries from technical deep dives, and leaders are trained to present.',
          carriedBy(
            'reports',
            'builds every report in an executive and a team version that differ in depth and never in numbers.',
          ),
        ],
        [
          'listening',
          'Listening and feedback',
          'Feedback comes in through anonymous surveys and one-on-ones, is written down and gets an answer.',
        ],
      ],
    },
  },
  {
    slug: 'strategy',
    title: 'Strategy and roadmap',
    summary:
      'Business objectives become engineering roadmaps, and technical work stays in line with company goals.',
    policy: {
      slug: 'aligned-roadmap',
      title: 'Roadmap tied to business strategy',
      statement:
        'The engineering strategy and roadmap follow the business strategy closely and drive innovation and advantage.',
      procedures: [
        [
          'strategy-alignment',
          'Strategy alignment',
          'Each quarter, leaders align strategy with other functions, set OKRs and themes in joint workshops and share the documents.',
          carriedBy(
            'okrs',
            'cascades objectives from company to engineering to teams and flags those without a parent.',
          ),
        ],
        [
          'multi-year-roadmap',
          'Multi-year roadmap',
          'The roadmap uses a template of themes, epics and milestones, is revisited every quarter and kept under version control.',
          carriedBy(
            'roadmap',
            'keeps themes, initiatives and epics with owners and dates in a file reviewed in git.',
          ),
        ],
        [
          'planning-hierarchy',
          'Planning hierarchy',
          'Work breaks down the same way everywhere, from themes to epics to features to stories, each tied to a strategic goal.',
          carriedBy(
            'roadmap',
            'links initiatives to OKRs and epics to the tracker, and measures progress from work items.',
          ),
        ],
        [
          'roadmap-reviews',
          'Roadmap reviews',
          'Product and business stakeholders review the roadmap every two weeks or monthly, and new requests are ranked by a set process.',
          carriedBy('roadmap', 'detects initiatives that are slipping against their dates.'),
        ],
        [
          'roadmap-sharing',
          'Sharing the roadmap',
          'The roadmap is presented at all-hands, documented where everyone can read it and open to questions.',
        ],
      ],
    },
  },
  {
    slug: 'vendors',
    title: 'Vendors',
    summary: 'Third-party tools, services and outsourced development are chosen and managed well.',
    policy: {
      slug: 'vendor-management',
      title: 'Managed vendor relationships',
      statement: 'Every vendor relationship is managed for value, security and fit with business needs.',
      procedures: [
        [
          'selection',
          'Vendor selection',
          'Vendors are chosen with an RFP template, a weighted scoring matrix and security and legal reviews.',
          carriedBy('vendorSelection', 'ranks the candidates of a selection by their weighted scores.'),
        ],
        [
          'sla-tracking',
          'SLAs in contracts',
          'Contracts carry SLAs from a template, and the vendor is tracked against the agreed metrics.',
          carriedBy('vendors', 'tracks each vendor against the SLA in its contract.'),
        ],
        [
          'vendor-reviews',
          'Vendor reviews',
          'Key vendors are reviewed quarterly or yearly on a scorecard, and weak performance is handled by a set process.',
          carriedBy('vendors', 'keeps a scorecard per vendor with its review dates.'),
        ],
        [
          'relationship-owners',
          'Relationship owners',
          'Each vendor has a named owner who checks in regularly and passes feedback on.',
          carriedBy('vendorRenewals', 'names an owner for every vendor and shows the renewals coming up.'),
        ],
        [
          'lock-in',
          'Lock-in assessment',
          'Lock-in is judged at selection and again from time to time, looking at data portability, API access and switching cost.',
          carriedBy(
            'vendors',
            'rates data portability, API availability and switching cost for each vendor.',
          ),
        ],
      ],
    },
  },
]);
