/**
 * Succession and retention rules. Naming a person's flight risk or missing successor is talent data
 * (`people.talent`); the coverage ratio counts roles, not people, and is an aggregate. No rating,
 * potential or pay is written: the findings point to the talent review for those.
 */
import type { TalentFacts } from '../snapshot-people.js';
import { peopleRule, percent, plural, shortRef, VP } from './people-support.js';

/** Below this share of critical roles with a successor ready now, the bench is too thin. */
export const READY_NOW_FLOOR = 0.5;

function flightRiskOf(talent: TalentFacts, person: string) {
  return talent.flightRisks.find((risk) => risk.person === person) ?? null;
}

export const criticalRoleWithoutSuccessor = peopleRule(
  {
    id: 'people.critical-role-without-successor',
    title: 'A critical role has no successor',
    concern: 'people.succession',
    severity: 'high',
    description:
      'A critical role of the talent review names nobody to succeed its holder: high when the holder is also a high flight risk or the only person who knows a critical service, medium otherwise.',
    capability: 'people.talent',
  },
  (people) => {
    const talent = people.talent;
    if (!talent) return [];
    return talent.rolesWithoutSuccessor.map((role) => {
      const risk = flightRiskOf(talent, role.holder);
      const soleOf = (talent.soleExperts ?? []).filter((expert) => expert.expert === role.holder);
      const aggravated = risk !== null || soleOf.length > 0;
      const reasons = [
        ...(risk ? ['is a high flight risk'] : []),
        ...(soleOf.length > 0
          ? [`is the only one who knows ${soleOf.map((expert) => shortRef(expert.service)).join(', ')}`]
          : []),
      ];
      return {
        subject: role.holder,
        severity: aggravated ? ('high' as const) : ('medium' as const),
        title: `${role.title}: no successor named${reasons.length > 0 ? `, and ${role.holderName} ${reasons.join(' and ')}` : ''}`,
        summary: `The critical role ${role.title} (${role.role}) is held by ${role.holderName} and the talent review names nobody who could take it over${role.services.length > 0 ? `; it answers for ${role.services.map(shortRef).join(', ')}` : ''}.`,
        why: 'If the holder leaves or is away, the work of this role stops until someone learns it from scratch; a departure that is already likely turns that into an expected outage of knowledge.',
        actions: [
          'Name a successor in the next talent review and start pairing them with the holder now.',
          'Have the holder write down how the role works: runbooks, decisions, contacts.',
          ...(risk ? ['Hold a stay conversation with the holder soon, using the talent review notes.'] : []),
          ...(soleOf.length > 0
            ? ['Spread knowledge of the service: rotate reviews and on-call through a second engineer.']
            : []),
        ].slice(0, 4),
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'talent.successors',
              label: 'Successors named',
              value: 0,
              unit: 'people',
              threshold: 1,
              scope: `critical-role:${role.role}`,
            },
          ],
          records: [`critical-role:${role.role}`, role.holder, ...role.services],
        },
      };
    });
  },
);

export const flightRiskInCriticalPosition = peopleRule(
  {
    id: 'people.flight-risk-critical',
    title: 'Someone hard to replace may leave',
    concern: 'people.talent',
    severity: 'medium',
    description:
      'A person with a high flight risk who holds a critical role, is the only successor to one, or is among the strongest performers (critical in the talent review). A holder of a role without successor is raised by people.critical-role-without-successor instead.',
    capability: 'people.talent',
  },
  (people) => {
    const talent = people.talent;
    if (!talent) return [];
    const alreadyRaised = new Set(talent.rolesWithoutSuccessor.map((role) => role.holder));
    return talent.flightRisks
      .filter((risk) => risk.severity === 'critical' && !alreadyRaised.has(risk.person))
      .map((risk) => {
        const stakes = [
          ...(risk.holds.length > 0 ? [`holds ${risk.holds.join(', ')}`] : []),
          ...(risk.onlySuccessorOf.length > 0
            ? [`is the only successor to ${risk.onlySuccessorOf.join(', ')}`]
            : []),
        ];
        return {
          subject: risk.person,
          severity: 'medium' as const,
          title: `${risk.name} is a high flight risk and ${stakes[0] ?? 'hard to replace'}`,
          // Why someone is hard to replace beyond the roles they hold lies in their rating: left to the review.
          summary: `The talent review rates ${risk.name}'s flight risk high; ${risk.name} ${stakes.length > 0 ? stakes.join(' and ') : 'is hard to replace'} (see the talent review for the details).`,
          why: 'Losing this person would leave a critical role or the bench behind it empty, at a time nobody chose.',
          actions: [
            'Hold a stay conversation: ask what would keep them and what would make them leave.',
            'Review their growth path and recognition in the next talent review.',
            'Make sure their role has a successor who is being prepared.',
          ],
          owner: VP,
          evidence: {
            figures: [
              {
                metric: 'talent.critical-stakes',
                label: 'Critical roles held or backed only by this person',
                value: risk.holds.length + risk.onlySuccessorOf.length,
                unit: 'roles',
                scope: risk.person,
              },
            ],
            records: [risk.person, ...risk.holds.map((role) => `critical-role:${role}`)],
          },
        };
      });
  },
);

export const successionCoverageLow = peopleRule(
  {
    id: 'people.succession-coverage-low',
    title: 'Too few critical roles have a successor ready',
    concern: 'people.succession',
    severity: 'medium',
    description: `Fewer than ${percent(READY_NOW_FLOOR)} of the critical roles (at least 5 declared) have a successor ready now: medium under 25% or when a role names nobody, low otherwise.`,
    capability: 'people.aggregates',
  },
  (people) => {
    const coverage = people.talent?.coverage;
    if (!coverage || coverage.readyNowRatio >= READY_NOW_FLOOR) return [];
    const without = coverage.roles - coverage.withSuccessor;
    return [
      {
        subject: 'org',
        severity: coverage.readyNowRatio < 0.25 || without > 0 ? 'medium' : 'low',
        title: `Only ${coverage.readyNow} of ${coverage.roles} critical roles have a successor ready now (${percent(coverage.readyNowRatio)})`,
        summary: `${plural(coverage.readyNow, 'critical role')} of ${coverage.roles} could be handed over today; ${coverage.withSuccessor} have someone named at all, ${without} nobody.`,
        why: 'A thin bench means any departure from a critical role becomes an emergency search instead of a planned handover.',
        actions: [
          'In the next talent review, name a successor for every critical role and a development plan for each.',
          'Give named successors stretch assignments that cover the role (leading a planning cycle, running an incident review).',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'talent.succession-coverage',
              label: 'Critical roles with a successor ready now',
              value: coverage.readyNowRatio,
              unit: 'fraction',
              threshold: READY_NOW_FLOOR,
              n: coverage.roles,
            },
          ],
          records: [],
        },
      },
    ];
  },
);

export const TALENT_RULES = [
  criticalRoleWithoutSuccessor,
  flightRiskInCriticalPosition,
  successionCoverageLow,
];
