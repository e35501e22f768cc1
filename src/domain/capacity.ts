/**
 * The capacity plan (capacity.yaml): which work category each work item type and label stands for, and
 * the share of finished work each category should take, organization-wide and per team.
 *
 * An item's labels decide before its type: a `tech-debt` label makes a task debt work whatever its type.
 * An item carrying labels of different categories takes the first in CATEGORY_PRECEDENCE. Types and labels
 * are matched without regard to case. A type no rule names falls under `other`.
 */
import { z } from 'zod';

export const WORK_CATEGORIES = ['feature', 'reliability', 'debt', 'security', 'other'] as const;
export type WorkCategory = (typeof WORK_CATEGORIES)[number];

/** Which category wins when an item's labels name several: the protective work first. */
export const CATEGORY_PRECEDENCE: readonly WorkCategory[] = [
  'security',
  'reliability',
  'debt',
  'feature',
  'other',
];

export type CategoryTargets = Record<WorkCategory, number>;

/** 60/20/10/10: the split leadership commonly agrees on when nothing else is declared. */
export const DEFAULT_TARGETS: CategoryTargets = {
  feature: 60,
  reliability: 20,
  debt: 10,
  security: 10,
  other: 0,
};

/** Fewer finished items than this in a team's month gives insufficient data rather than shares. */
export const DEFAULT_MINIMUM_ITEMS = 10;

const percentSchema = z.number().min(0).max(100);

export const targetsSchema = z.strictObject({
  feature: percentSchema.optional(),
  reliability: percentSchema.optional(),
  debt: percentSchema.optional(),
  security: percentSchema.optional(),
  other: percentSchema.optional(),
});

const ruleSchema = z.strictObject({
  types: z.array(z.string().min(1)).default([]),
  labels: z.array(z.string().min(1)).default([]),
});

export const categoriesSchema = z.strictObject({
  feature: ruleSchema.optional(),
  reliability: ruleSchema.optional(),
  debt: ruleSchema.optional(),
  security: ruleSchema.optional(),
  other: ruleSchema.optional(),
});

export const capacityFileSchema = z.strictObject({
  categories: categoriesSchema.optional(),
  targets: targetsSchema.optional(),
  teams: z.record(z.string(), z.strictObject({ targets: targetsSchema })).nullish(),
  minimumItems: z.number().int().min(1).optional(),
});

export interface CapacityPlan {
  /** Whether capacity.yaml exists; without it every item is `other` and the default targets apply. */
  declared: boolean;
  /** Lower-cased work item type → category. */
  types: Record<string, WorkCategory>;
  /** Lower-cased label → category. */
  labels: Record<string, WorkCategory>;
  /** Percent per category, summing to 100. */
  targets: CategoryTargets;
  /** Full team reference → its own targets. */
  teams: Record<string, CategoryTargets>;
  minimumItems: number;
}

/** A targets mapping with every category filled in (absent ones are 0). */
export function completeTargets(targets: z.output<typeof targetsSchema>): CategoryTargets {
  return {
    feature: targets.feature ?? 0,
    reliability: targets.reliability ?? 0,
    debt: targets.debt ?? 0,
    security: targets.security ?? 0,
    other: targets.other ?? 0,
  };
}
