/**
 * The developer-experience survey, asked quarterly: twelve items rated 1 (very poor) to 5 (excellent) in
 * four sections, and two open questions. Each rated item names the DX area it speaks to, so the DX
 * scorecard can set what people say beside what is measured in the same area.
 */

export const DX_AREAS = [
  'dev-environment',
  'ci',
  'docs',
  'review',
  'collaboration',
  'meetings',
  'on-call',
  'monitoring',
  'deploy',
  'growth',
  'toil',
] as const;
export type DxArea = (typeof DX_AREAS)[number];

export interface DxSurveyItem {
  id: string;
  section: 'development' | 'collaboration' | 'operations' | 'growth' | 'open';
  /** `scale` items are rated 1–5; `text` items take an open answer. */
  type: 'scale' | 'text';
  text: string;
  area: DxArea | null;
}

export const DX_SURVEY_ITEMS: readonly DxSurveyItem[] = [
  {
    id: 'dev-env-setup',
    section: 'development',
    type: 'scale',
    area: 'dev-environment',
    text: 'Getting a working local environment for a codebase you have not touched before is quick.',
  },
  {
    id: 'dev-env-reliability',
    section: 'development',
    type: 'scale',
    area: 'dev-environment',
    text: 'Your local environment keeps working from one day to the next.',
  },
  {
    id: 'ci-speed',
    section: 'development',
    type: 'scale',
    area: 'ci',
    text: 'Builds and pipelines give you an answer fast enough to stay in flow.',
  },
  {
    id: 'docs',
    section: 'development',
    type: 'scale',
    area: 'docs',
    text: 'When you need documentation, you find it and it is right.',
  },
  {
    id: 'review',
    section: 'collaboration',
    type: 'scale',
    area: 'review',
    text: 'Your changes get reviewed promptly and the reviews are useful.',
  },
  {
    id: 'cross-team',
    section: 'collaboration',
    type: 'scale',
    area: 'collaboration',
    text: 'Work that needs another team gets done without friction.',
  },
  {
    id: 'meetings',
    section: 'collaboration',
    type: 'scale',
    area: 'meetings',
    text: "Your team's meetings are worth the time they take.",
  },
  {
    id: 'on-call',
    section: 'operations',
    type: 'scale',
    area: 'on-call',
    text: 'Being on call is a load you can sustain.',
  },
  {
    id: 'monitoring',
    section: 'operations',
    type: 'scale',
    area: 'monitoring',
    text: 'Monitoring and alerts tell you what is wrong, and only when something is.',
  },
  {
    id: 'deploy-confidence',
    section: 'operations',
    type: 'scale',
    area: 'deploy',
    text: 'You ship to production without worrying about it.',
  },
  {
    id: 'career-growth',
    section: 'growth',
    type: 'scale',
    area: 'growth',
    text: 'You get the support you need to grow in your career.',
  },
  {
    id: 'meaningful-work',
    section: 'growth',
    type: 'scale',
    area: 'toil',
    text: 'Most of your time goes to meaningful work rather than toil.',
  },
  {
    id: 'time-waster',
    section: 'open',
    type: 'text',
    area: null,
    text: 'What wastes the most of your time on a typical day?',
  },
  {
    id: 'one-change',
    section: 'open',
    type: 'text',
    area: null,
    text: 'If you could change one thing about how engineering works here, what would it be?',
  },
];
