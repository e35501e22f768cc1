/** Team and people concerns: talent, engagement, growth, collaboration, inclusion, succession. */
import { defineConcerns } from './define.js';
import { carriedBy } from './features.js';

export const PEOPLE_CONCERNS = defineConcerns('people', [
  {
    slug: 'talent',
    title: 'Hiring and keeping talent',
    summary: 'Strong engineers are attracted, hired and kept despite a competitive global market.',
    policy: {
      slug: 'attract-and-keep',
      title: 'Attract, hire and keep',
      statement:
        'The organization competes worldwide for strong engineers and keeps them by offering growth and a sense of belonging.',
      procedures: [
        [
          'employer-brand',
          'Employer brand',
          'Career pages stay current, the company is visible on professional networks and staff are encouraged to speak for it.',
        ],
        [
          'hiring-process',
          'Structured hiring',
          'Interviews use shared rubrics, interviewers are trained on bias, candidates hear back within agreed times and are asked for feedback.',
          carriedBy(
            'hiring',
            'shows the hiring plan, the funnel by stage and source, and how each interviewer scores against the panel.',
          ),
        ],
        [
          'pay-benchmarks',
          'Market-based pay',
          'Pay is compared with the market on a schedule, the pay framework is open and benefits are explained plainly.',
        ],
        [
          'onboarding',
          'Onboarding plan',
          'Each new joiner follows a 30/60/90-day plan with a buddy or mentor and regular check-ins.',
          carriedBy(
            'onboarding',
            "follows each hire's 30-60-90 plan and check-ins and compares cohorts' time to first pull request.",
          ),
        ],
        [
          'retention',
          'Retention',
          'Stay interviews run regularly, exit interviews are analysed into actions and people can see where their career goes next.',
          carriedBy(
            'attrition',
            'measures attrition, regrettable and voluntary, by team and tenure, and lists who left and why.',
          ),
        ],
      ],
    },
  },
  {
    slug: 'engagement',
    title: 'Morale and engagement',
    summary:
      'Teams work in a positive, collaborative setting that invites ownership, creativity and improvement.',
    policy: {
      slug: 'engaging-workplace',
      title: 'An engaging workplace',
      statement:
        'The organization keeps a positive, inclusive and collaborative workplace where morale and engagement stay high.',
      procedures: [
        [
          'pulse-surveys',
          'Pulse surveys and one-on-ones',
          'An anonymous pulse survey runs every quarter, one-on-ones happen monthly, and results and actions are reported back.',
          carriedBy(
            'surveys',
            'imports survey rounds and shows item scores and trends for groups of at least five people.',
          ),
        ],
        [
          'recognition',
          'Recognition',
          'Achievements are recognised through formal awards such as an engineer of the quarter, peer recognition and public thanks.',
        ],
        [
          'psychological-safety',
          'Psychological safety',
          'Leaders learn to listen actively, anonymous feedback channels exist and there are norms for giving and taking feedback.',
        ],
        [
          'team-events',
          'Team events',
          'Each team has a budget for social events and managers are encouraged to organise them.',
        ],
        [
          'strategy-updates',
          'Sharing vision and strategy',
          'Engineering meets in an all-hands every quarter, leaders send regular updates and every team can trace its work to company objectives.',
          carriedBy(
            'okrs',
            'links team objectives to engineering and company objectives through their parents.',
          ),
        ],
      ],
    },
  },
  {
    slug: 'growth',
    title: 'Skills and training',
    summary: 'Engineers keep learning so their skills stay current and useful.',
    policy: {
      slug: 'continuous-growth',
      title: 'Continuous growth',
      statement: 'Every engineer gets support to keep growing professionally and technically.',
      procedures: [
        [
          'development-plans',
          'Personal development plans',
          "Each engineer has a development plan from a template, with SMART goals and the manager's backing.",
        ],
        [
          'learning-catalog',
          'Learning resources',
          'An approved list of courses, a way to ask for other training and a record of the courses each person finished.',
        ],
        [
          'mentoring',
          'Mentoring',
          'Mentors and mentees are matched, follow written guidelines and check in regularly.',
        ],
        [
          'internal-talks',
          'Internal talks',
          'Tech talks and lunch sessions are scheduled, knowledge-base contributions follow guidelines and are recognised.',
        ],
        [
          'conference-budget',
          'Conference support',
          'A conference budget, an application and approval step, and a duty to pass on what was learned afterwards.',
        ],
      ],
    },
  },
  {
    slug: 'collaboration',
    title: 'Working across functions',
    summary:
      'Engineering communicates and works well with product, design, sales, marketing and other departments.',
    policy: {
      slug: 'cross-functional',
      title: 'Collaboration across departments',
      statement: 'Delivering products depends on smooth work between engineering and every other department.',
      procedures: [
        [
          'syncs',
          'Recurring syncs',
          'Recurring cross-department meetings have a named facilitator, a clear agenda and shared tools.',
          carriedBy(
            'rituals',
            'keeps recurring meetings with their owner, audience, cadence and standing agenda.',
          ),
        ],
        [
          'shared-tools',
          'Common tools',
          'Departments use the same project tracking, messaging and documentation tools.',
        ],
        [
          'joint-goals',
          'Shared goals',
          'Departments set OKRs and KPIs together and review progress together.',
          carriedBy(
            'okrs',
            'holds objectives and key results with owners and parents across levels, progress read from metrics.',
          ),
        ],
        [
          'empathy',
          'Understanding other functions',
          "Shadowing, joint problem-solving workshops and customer feedback sessions help each side see the other's problems.",
        ],
        [
          'joint-retrospectives',
          'Cross-functional retrospectives',
          'Retrospectives with other functions follow a set format aimed at process and communication.',
        ],
      ],
    },
  },
  {
    slug: 'inclusion',
    title: 'Diversity, equity and inclusion',
    summary: 'Teams are diverse, and every engineer feels valued and able to contribute.',
    policy: {
      slug: 'inclusive-teams',
      title: 'Diverse and inclusive teams',
      statement:
        'The organization builds teams of varied backgrounds and a workplace where every person is respected and given a voice.',
      procedures: [
        [
          'bias-training',
          'Bias training',
          'Bias training runs every year and bias awareness is written into the interview guidelines.',
        ],
        [
          'diverse-sourcing',
          'Diverse sourcing',
          'Sourcing uses recruiters that focus on diversity, diversity career fairs and anonymised CV screening.',
        ],
        [
          'inclusive-practices',
          'Inclusive practices',
          'Resource groups, open forums on inclusion topics and an accessible workplace and toolset.',
        ],
        [
          'resource-groups',
          'Employee resource groups',
          'Groups form under written guidelines, with leadership sponsors and resources of their own.',
        ],
        [
          'equity-review',
          'Equity review',
          'Pay, promotion and performance data are analysed every year and any gap gets a plan to close it.',
          carriedBy(
            'equity',
            'compares promotion and attrition rates across groups, with an exact test and the minimum group size.',
          ),
        ],
      ],
    },
  },
  {
    slug: 'succession',
    title: 'Succession',
    summary: 'Future leaders are found and grown early so key roles can change hands smoothly.',
    policy: {
      slug: 'continuity',
      title: 'Leadership continuity',
      statement:
        "The organization develops tomorrow's leaders and the people it cannot do without before it needs them, so it can last and expand.",
      procedures: [
        [
          'critical-roles',
          'Critical roles and single points of failure',
          'A yearly talent map names the critical roles, the people nobody can stand in for yet and the high-potential staff.',
          carriedBy(
            'knowledge',
            'finds services and repositories whose knowledge sits with one or two people, from commit authorship.',
          ),
        ],
        [
          'leadership-pipeline',
          'Leadership pipeline',
          'Aspiring leaders get management training, coaching, mentors and stretch assignments.',
        ],
        [
          'cross-training',
          'Cross-training',
          'Critical knowledge is written down, people cross-train on a schedule and the skills they gain are tracked.',
          carriedBy(
            'knowledge',
            'shows the bus factor per service and repository, so cross-training can start with the riskiest.',
          ),
        ],
        [
          'career-ladders',
          'Career ladders',
          'Written ladders cover the individual contributor and manager tracks up to principal, and progression is discussed in one-on-ones.',
        ],
        [
          'talent-reviews',
          'Talent reviews',
          'Talent reviews meet every quarter or twice a year and use one evaluation framework.',
          carriedBy(
            'talent',
            'keeps the calibrated performance and potential grid of each review cycle, and who is at risk of leaving.',
          ),
        ],
      ],
    },
  },
]);
