/**
 * Hiring rules: the plan's critical positions, the pipeline's group figures (never under MIN_GROUP_SIZE
 * applications or offers: the snapshot holds only what the hiring service shows) and interviewer calibration,
 * which names an interviewer and so is shown only to viewers who may see candidates.
 */
import { oneDecimal, peopleRule, percent, plural, signed, VP } from './people-support.js';

/** Attainment below this share of due critical positions filled on plan is a finding (docs/people/hiring.md). */
export const ATTAINMENT_TARGET = 0.9;
/** A median time to fill above this many days is slow for any seniority. */
export const TIME_TO_FILL_LIMIT = 90;
/** The fewest filled positions a median time to fill is judged on. */
export const MIN_FILLED_POSITIONS = 5;
/** A stage converting fewer than this share of its decided applications is a bottleneck worth raising. */
export const STAGE_CONVERSION_FLOOR = 0.35;
/** Offer acceptance below this share means candidates say no at the last step. */
export const OFFER_ACCEPTANCE_FLOOR = 0.7;

export const criticalPositionOverdue = peopleRule(
  {
    id: 'hiring.critical-position-overdue',
    title: 'Critical position open past its target date',
    concern: 'people.talent',
    severity: 'high',
    description:
      'An open critical position of the hiring plan is past its target date: high from 30 days overdue, medium before. A standard position overdue by 60 days or more is low.',
    capability: 'hiring.pipeline',
  },
  (people) =>
    (people.hiring?.overdue ?? []).flatMap((position) => {
      const critical = position.priority === 'critical';
      if (!critical && position.daysOverdue < 60) return [];
      const severity = !critical ? 'low' : position.daysOverdue >= 30 ? 'high' : 'medium';
      return [
        {
          subject: `position:${position.id}`,
          severity,
          title: `${critical ? 'Critical' : 'Planned'} position ${position.id} (${position.role}) is ${plural(position.daysOverdue, 'day')} past its target date`,
          summary: `${position.id}, a ${position.priority} ${position.role} position on ${position.team}, was due to be filled by ${position.targetDate} and is still open ${plural(position.daysOverdue, 'day')} later.`,
          why: 'A critical seat left empty pushes its work onto the people already there or delays it; the longer it stays open, the more of the plan it was meant to carry slips.',
          actions: [
            'Review the position with its hiring manager this week: is the bar, the level or the offer the obstacle?',
            'Widen sourcing where the pipeline hires best (referrals first) and set a date for a decision.',
            'Decide how the work is covered until the seat is filled, and tell the team.',
          ],
          owner: position.team,
          evidence: {
            figures: [
              {
                metric: 'hiring.days-overdue',
                label: 'Days past the target date',
                value: position.daysOverdue,
                unit: 'days',
                threshold: 0,
                scope: `position:${position.id}`,
              },
            ],
            records: [`position:${position.id}`],
          },
        },
      ];
    }),
);

export const planAttainmentLow = peopleRule(
  {
    id: 'hiring.plan-attainment-low',
    title: 'Critical hires not made on plan',
    concern: 'people.talent',
    severity: 'medium',
    description: `Fewer than ${percent(ATTAINMENT_TARGET)} of the critical positions due in the last year were filled by their target date: medium below half, low otherwise.`,
    capability: 'hiring.pipeline',
  },
  (people) => {
    const attainment = people.hiring?.attainment;
    if (!attainment || attainment.value >= ATTAINMENT_TARGET) return [];
    const window = people.hiring?.window;
    return [
      {
        subject: 'org',
        severity: attainment.value < 0.5 ? 'medium' : 'low',
        title: `Only ${attainment.filledOnPlan} of ${attainment.due} critical positions due were filled on plan (${percent(attainment.value)}, target ${percent(attainment.target)})`,
        summary: `Of the ${plural(attainment.due, 'critical position')} whose target date fell in the last year, ${attainment.filledOnPlan} were filled by that date; the others were filled late or are still open.`,
        why: 'The plan counted on these people arriving on time; missing critical hires delays commitments and stretches the teams that wait for them.',
        actions: [
          'Go through each missed position with its hiring manager and find the common cause (sourcing, loop length, offers).',
          'Re-plan target dates against the pipeline you actually have, and tell the teams whose plans depend on them.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'hiring.plan-attainment',
              label: 'Critical positions filled on plan',
              value: attainment.value,
              unit: 'fraction',
              threshold: attainment.target,
              ...(window ? { window } : {}),
            },
          ],
          records: attainment.positions.map((id) => `position:${id}`),
        },
      },
    ];
  },
);

export const timeToFillHigh = peopleRule(
  {
    id: 'hiring.time-to-fill-high',
    title: 'Hiring takes too long',
    concern: 'people.talent',
    severity: 'medium',
    description: `The median time to fill over at least ${MIN_FILLED_POSITIONS} filled positions is above ${TIME_TO_FILL_LIMIT} days.`,
    capability: 'hiring.pipeline',
  },
  (people) => {
    const hiring = people.hiring;
    const median = hiring?.timeToFill.median;
    if (!hiring || !median || median.n < MIN_FILLED_POSITIONS || median.value <= TIME_TO_FILL_LIMIT)
      return [];
    const late = hiring.timeToFill.positions.filter((position) => !position.withinTarget);
    return [
      {
        subject: 'org',
        severity: 'medium',
        title: `Median time to fill is ${Math.round(median.value)} days (limit ${TIME_TO_FILL_LIMIT})`,
        summary: `Over ${plural(median.n, 'filled position')}, half took more than ${Math.round(median.value)} days from opening to an accepted offer; ${late.length} missed the target for their level.`,
        why: 'Slow hiring loses the best candidates to faster companies and leaves teams short for a quarter or more.',
        actions: [
          'Set and track a service level for each stage (screen within days, loop within two weeks).',
          'Cut the stage that takes longest, and give hiring managers interview time they can plan around.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'hiring.time-to-fill',
              label: 'Median days to fill',
              value: median.value,
              unit: 'days',
              threshold: TIME_TO_FILL_LIMIT,
              n: median.n,
              window: hiring.window,
            },
          ],
          records: late.map((position) => `position:${position.id}`),
        },
      },
    ];
  },
);

export const stageBottleneck = peopleRule(
  {
    id: 'hiring.stage-bottleneck',
    title: 'A hiring stage loses most candidates',
    concern: 'people.talent',
    severity: 'medium',
    description: `The funnel's bottleneck (lowest conversion, at least 5 decided applications) converts under ${percent(STAGE_CONVERSION_FLOOR)}; noted when it is also the slowest stage.`,
    capability: 'hiring.pipeline',
  },
  (people) => {
    const funnel = people.hiring?.funnel;
    const bottleneck = funnel?.bottleneck;
    if (!funnel || !bottleneck || bottleneck.conversion >= STAGE_CONVERSION_FLOOR) return [];
    const stage = funnel.stages.find((item) => item.stage === bottleneck.stage);
    const slowest = bottleneck.slowest === bottleneck.stage;
    const days = stage?.medianDays;
    return [
      {
        subject: `hiring-stage:${bottleneck.stage}`,
        severity: 'medium',
        title: `The ${bottleneck.stage} stage converts ${percent(bottleneck.conversion)} of candidates${slowest && days ? ` and is the slowest (median ${oneDecimal(days.value)} days)` : ''}`,
        summary: `Of ${bottleneck.decided} applications decided at the ${bottleneck.stage} stage, ${percent(bottleneck.conversion)} moved on: the lowest conversion of the funnel${slowest ? ', and candidates also wait there longest' : ''}.`,
        why: 'A stage that rejects most of those who reach it either screens too late (earlier stages let the wrong people through) or asks for the wrong things; when it is also slow, good candidates accept other offers while they wait.',
        actions: [
          'Compare what the stage tests with what the role needs, and with what the screen already checked.',
          'Give the stage a standard exercise and rubric, and train its interviewers on it.',
          ...(slowest
            ? ['Book interview slots ahead so a candidate never waits more than a few days for this step.']
            : []),
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'hiring.stage-conversion',
              label: `Conversion at ${bottleneck.stage}`,
              value: bottleneck.conversion,
              unit: 'fraction',
              threshold: STAGE_CONVERSION_FLOOR,
              n: bottleneck.decided,
              window: people.hiring?.window,
            },
            ...(days && days.n >= 5
              ? [
                  {
                    metric: 'hiring.time-in-stage',
                    label: `Median days in ${bottleneck.stage}`,
                    value: days.value,
                    unit: 'days',
                    n: days.n,
                  },
                ]
              : []),
          ].map(({ window, ...figure }) => (window ? { ...figure, window } : figure)),
          records: [`hiring-stage:${bottleneck.stage}`],
        },
      },
    ];
  },
);

export const offerAcceptanceLow = peopleRule(
  {
    id: 'hiring.offer-acceptance-low',
    title: 'Candidates turn down offers',
    concern: 'people.talent',
    severity: 'medium',
    description: `Offer acceptance below ${percent(OFFER_ACCEPTANCE_FLOOR)} over at least 5 offers extended and 5 decided: medium below 50%, low otherwise.`,
    capability: 'hiring.pipeline',
  },
  (people) => {
    const offers = people.hiring?.funnel?.offerAcceptance;
    const decided = offers ? offers.accepted + offers.declined : 0;
    if (!offers || decided < 5 || offers.rate >= OFFER_ACCEPTANCE_FLOOR) return [];
    return [
      {
        subject: 'org',
        severity: offers.rate < 0.5 ? 'medium' : 'low',
        title: `${percent(offers.rate)} of offers were accepted (${offers.declined} of ${decided} declined)`,
        summary: `Of the ${plural(decided, 'offer')} decided in the last year, ${offers.declined} were declined: candidates who passed the whole loop chose to go elsewhere.`,
        why: 'A declined offer costs the full effort of the loop and usually restarts the search; it often points to pay, to speed or to how the role was sold.',
        actions: [
          'Ask every candidate who declines why, and review the answers monthly.',
          'Check the offer against market data for the level before it goes out.',
          'Shorten the time between the final interview and the offer.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'hiring.offer-acceptance',
              label: 'Offers accepted ÷ offers decided',
              value: offers.rate,
              unit: 'fraction',
              threshold: OFFER_ACCEPTANCE_FLOOR,
              n: decided,
            },
          ],
          records: [],
        },
      },
    ];
  },
);

export const interviewerOutOfCalibration = peopleRule(
  {
    id: 'hiring.interviewer-out-of-calibration',
    title: 'An interviewer scores apart from the panel',
    concern: 'people.talent',
    severity: 'medium',
    description:
      'An interviewer whose overall scores differ from the other interviewers on the same candidates by 0.5 points or more on average, over at least 5 compared scorecards.',
    capability: 'hiring.candidates',
  },
  (people) =>
    (people.hiring?.calibration ?? [])
      .filter((row) => row.flag !== 'calibrated' && row.n >= 5)
      .map((row) => ({
        subject: row.interviewer,
        severity: 'medium' as const,
        title: `${row.name} scores ${signed(row.deviation)} points ${row.flag === 'high' ? 'above' : 'below'} the rest of the panel`,
        summary: `On ${row.n} candidates other interviewers also scored, ${row.name}'s overall rating was on average ${oneDecimal(Math.abs(row.deviation))} points ${row.flag === 'high' ? 'higher' : 'lower'} than the others' (on a 1-4 scale).`,
        why: 'When one interviewer reads candidates differently, outcomes depend on who sat in the loop rather than on the candidate, which is unfair and lets the wrong hires through or turns good ones away.',
        actions: [
          'Review a few of these scorecards with the interviewer against the rubric, as coaching rather than blame.',
          'Run a calibration session for the panel on shared anonymized interviews.',
          'Pair the interviewer with a calibrated one for the next loops.',
        ],
        owner: VP,
        evidence: {
          figures: [
            {
              metric: 'hiring.interviewer-deviation',
              label: 'Mean deviation from the other interviewers',
              value: row.deviation,
              unit: 'points',
              threshold: row.flag === 'high' ? 0.5 : -0.5,
              n: row.n,
            },
          ],
          records: [row.interviewer],
        },
      })),
);

export const HIRING_RULES = [
  criticalPositionOverdue,
  planAttainmentLow,
  timeToFillHigh,
  stageBottleneck,
  offerAcceptanceLow,
  interviewerOutOfCalibration,
];
