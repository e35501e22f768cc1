/** Cultural and leadership concerns: innovation culture, autonomy, accountability, leading by example. */
import { defineConcerns } from './define.js';
import { carriedBy } from './features.js';

export const CULTURAL_CONCERNS = defineConcerns('culture', [
  {
    slug: 'innovation',
    title: 'A culture of innovation',
    summary: 'People are encouraged to experiment, to treat failure as learning and to pursue new ideas.',
    policy: {
      slug: 'experimentation',
      title: 'Experiments welcome',
      statement: 'Experimenting, learning and solving problems creatively are valued and celebrated.',
      procedures: [
        [
          'discovery-time',
          'Discovery time',
          'Teams get time for spikes and discovery, can talk about failures safely and are not punished for experiments made in good faith.',
          carriedBy(
            'experiments',
            'records each process experiment with its hypothesis, metric and the adopt or revert decision.',
          ),
        ],
        [
          'blameless-reviews',
          'Blameless reviews',
          'Incidents and failed projects get blameless postmortems whose actions fix systems and processes, not people.',
          carriedBy(
            'postmortems',
            'checks postmortems for completeness and blaming language and follows their action items.',
          ),
        ],
        [
          'idea-exchange',
          'Exchanging ideas',
          'Ideas travel between teams through shared syncs, lunch sessions, in-house conferences and a knowledge base people can search.',
        ],
        [
          'innovation-time',
          'Innovation time',
          'Hackathons or innovation days recur on a schedule, with a light proposal and review step.',
        ],
        [
          'innovation-awards',
          'Recognising innovation',
          'Successful prototypes, new tools and process improvements are recognised and shown to the whole organization.',
        ],
      ],
    },
  },
  {
    slug: 'autonomy',
    title: 'Empowerment and autonomy',
    summary: 'Teams get the authority to decide, own their work and solve problems themselves.',
    policy: {
      slug: 'empowered-teams',
      title: 'Empowered teams',
      statement:
        'Teams and people may decide and own outcomes, which makes them accountable and quick to act.',
      procedures: [
        [
          'decision-rights',
          'Ownership and decision rights',
          'Team charters, service ownership and a delegation framework state who owns and who decides what.',
          carriedBy(
            'decisionRights',
            'answers who decides a topic, with whom, with whose approval and where it escalates.',
          ),
        ],
        [
          'delegation',
          'Delegation',
          'Managers are trained to delegate, and one-on-ones agree what a delegated task needs and what help comes with it.',
        ],
        [
          'unblocking',
          'Unblocking teams',
          'Resources are requested through a simple process and regular reviews make sure no team stays stuck.',
          carriedBy(
            'dependencies',
            'lists cross-team dependencies with status and needed-by dates and finds the chains that block delivery.',
          ),
        ],
        [
          'problem-solving',
          'Local problem solving',
          'People learn structured problem-solving and are expected to act on their own initiative.',
        ],
        [
          'servant-leadership',
          'Servant leadership',
          'Managers learn servant leadership and check in regularly to clear what blocks their teams.',
        ],
      ],
    },
  },
  {
    slug: 'accountability',
    title: 'Accountability',
    summary: 'Expectations are clear, and teams and people answer for what they commit to.',
    policy: {
      slug: 'owned-commitments',
      title: 'Owning commitments',
      statement: 'Teams and individuals own their commitments and the results they deliver.',
      procedures: [
        [
          'goals',
          'Goals and indicators',
          'OKRs and KPIs are set by one process, tracked regularly and shown on dashboards everyone can see.',
          carriedBy(
            'okrs',
            'tracks key results from live metrics or check-ins and marks each on track, at risk or off track.',
          ),
        ],
        [
          'review-cycle',
          'Performance review cycle',
          'Reviews follow a written cycle, managers are trained to give feedback and improvement plans follow a set process.',
        ],
        [
          'fair-evaluation',
          'Fair evaluation',
          'Evaluation criteria are published, applied the same way to everyone and open to appeal.',
        ],
        [
          'delivery-commitments',
          'Delivery against commitments',
          'Projects report progress regularly, teams that reach milestones are recognised and missed commitments have clear consequences.',
          carriedBy(
            'roadmap',
            'shows the progress of each initiative from its work items and flags the ones slipping.',
          ),
        ],
        [
          'underperformance',
          'Handling underperformance',
          'Underperformance is noticed early, met with coaching and support, and escalated along a set path.',
        ],
      ],
    },
  },
  {
    slug: 'example',
    title: 'Leading by example',
    summary: 'Leaders show the openness, integrity and standards they ask of everyone else.',
    policy: {
      slug: 'role-models',
      title: 'Leaders as role models',
      statement: 'Engineering leaders live the values and conduct they expect across the organization.',
      procedures: [
        [
          'hands-on',
          'Hands-on standards',
          'Leaders review code, join technical discussions and show care for detail.',
        ],
        [
          'candour',
          'Candour',
          'Leaders share wins and setbacks, own their mistakes and explain the reasons behind their decisions.',
        ],
        [
          'respect',
          'Respect and inclusion',
          'Leaders listen actively, stay approachable and sponsor diversity and inclusion work.',
        ],
        [
          'feedback-on-leaders',
          'Feedback on leaders',
          'Leaders take part in 360-degree feedback, ask for feedback in one-on-ones and say openly what they changed.',
        ],
        [
          'leader-learning',
          'Leaders keep learning',
          'Leaders share what they learn, attend leadership programmes and keep developing themselves.',
        ],
      ],
    },
  },
]);
