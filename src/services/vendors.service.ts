/**
 * The vendor register for the interfaces: each vendor's contract and renewal dates, SLA attainment, latest
 * scorecard and lock-in level; the renewals ahead within N days; and the ranking of a selection evaluation.
 * Read from the loaded workspace alone; "today" is the workspace's local day unless another is asked for.
 */
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Evaluation, Vendor, VendorRegister } from '../domain/vendor.js';
import { assessLockIn, type LockInAssessment } from '../governance/vendor-lock-in.js';
import {
  DEFAULT_RENEWAL_HORIZON_DAYS,
  isRenewalAhead,
  type RenewalDates,
  renewalDates,
} from '../governance/vendor-renewals.js';
import { rankCandidates, type WeightedTotal, weightedTotal } from '../governance/vendor-scoring.js';
import { type SlaAttainment, trackSla } from '../governance/vendor-sla.js';
import { resolveRegisterDay } from './risks.service.js';
import type { WorkspaceContext } from './workspace.service.js';

export interface SlaView {
  name: string;
  target: number;
  unit: string | null;
  bad: 'above' | 'below';
  measured: { month: string; value: number }[];
  attainment: SlaAttainment;
}

export interface ScorecardView {
  period: string;
  date: string;
  scores: Record<string, number>;
  notes: string | null;
  total: WeightedTotal;
}

export interface VendorView {
  id: string;
  name: string;
  category: Vendor['category'];
  owner: { ref: string; name: string };
  teams: string[];
  services: string[];
  okrs: string[];
  reviewDate: string | null;
  reviewOverdue: boolean;
  contract: Vendor['contract'];
  renewal: RenewalDates | null;
  slas: SlaView[];
  /** SLA months below target, over every SLA. */
  slaMisses: number;
  scorecards: ScorecardView[];
  latestScore: number | null;
  lockIn: (LockInAssessment & Vendor['lockIn']) | null;
}

export interface VendorList {
  asOf: string;
  vendors: VendorView[];
  /** Annual cost by currency. */
  annualCost: Record<string, number>;
}

export async function listVendors(
  context: WorkspaceContext,
  options: { asOf?: string },
  now: Date,
): Promise<VendorList> {
  const { asOf } = resolveRegisterDay(context.workspace, options.asOf, now);
  const register = await readRegister(context);
  const vendors = register.vendors.map((vendor) => toVendorView(context, register, vendor, asOf));
  const annualCost: Record<string, number> = {};
  for (const { contract } of register.vendors)
    annualCost[contract.currency] = (annualCost[contract.currency] ?? 0) + contract.annualCost;
  return { asOf, vendors, annualCost };
}

export async function getVendor(
  context: WorkspaceContext,
  id: string,
  options: { asOf?: string },
  now: Date,
): Promise<VendorView & { asOf: string }> {
  const { asOf } = resolveRegisterDay(context.workspace, options.asOf, now);
  const register = await readRegister(context);
  const vendor = register.vendors.find((candidate) => candidate.id === id);
  if (!vendor) {
    const known = register.vendors.map((candidate) => candidate.id).join(', ') || 'none';
    throw new NotFoundError(`No vendor "${id}" in registers/vendors.yaml (vendors: ${known})`);
  }
  return { asOf, ...toVendorView(context, register, vendor, asOf) };
}

export interface RenewalView extends RenewalDates {
  vendor: { id: string; name: string; category: Vendor['category'] };
  owner: { ref: string; name: string };
  annualCost: number;
  currency: string;
  autoRenew: boolean;
  noticeDays: number;
}

export interface RenewalsAhead {
  asOf: string;
  days: number;
  renewals: RenewalView[];
}

/** Renewals whose date or notice deadline falls in the next `days` days, the earliest deadline first. */
export async function vendorRenewals(
  context: WorkspaceContext,
  options: { asOf?: string; days?: number | string },
  now: Date,
): Promise<RenewalsAhead> {
  const days = parseDays(options.days);
  const { asOf } = resolveRegisterDay(context.workspace, options.asOf, now);
  const { vendors } = await readRegister(context);
  const person = personNamer(context);
  const renewals = vendors.flatMap((vendor): RenewalView[] => {
    const dates = renewalDates(vendor.contract, asOf);
    if (!dates || !isRenewalAhead(dates, days)) return [];
    const { contract } = vendor;
    return [
      {
        vendor: { id: vendor.id, name: vendor.name, category: vendor.category },
        owner: person(vendor.owner),
        ...dates,
        annualCost: contract.annualCost,
        currency: contract.currency,
        autoRenew: contract.autoRenew,
        noticeDays: contract.noticeDays,
      },
    ];
  });
  renewals.sort(
    (a, b) => a.noticeDeadline.localeCompare(b.noticeDeadline) || a.vendor.id.localeCompare(b.vendor.id),
  );
  return { asOf, days, renewals };
}

export interface SelectionView {
  evaluation: Omit<Evaluation, 'owner' | 'candidates'> & { owner: { ref: string; name: string } };
  ranking: {
    rank: number;
    name: string;
    vendor: string | null;
    total: number;
    parts: WeightedTotal['parts'];
    notes: string | null;
  }[];
}

export async function vendorSelection(context: WorkspaceContext, id: string): Promise<SelectionView> {
  const { evaluations } = await readRegister(context);
  const evaluation = evaluations.find((candidate) => candidate.id === id);
  if (!evaluation) {
    const known = evaluations.map((candidate) => candidate.id).join(', ') || 'none';
    throw new NotFoundError(`No evaluation "${id}" in registers/vendors.yaml (evaluations: ${known})`);
  }
  const { candidates, owner, ...rest } = evaluation;
  return {
    evaluation: { ...rest, owner: personNamer(context)(owner) },
    ranking: rankCandidates(evaluation.criteria, candidates).map((entry) => ({
      rank: entry.rank,
      name: entry.candidate.name,
      vendor: entry.candidate.vendor,
      total: entry.total,
      parts: entry.parts,
      notes: entry.candidate.notes,
    })),
  };
}

export async function listEvaluations(context: WorkspaceContext): Promise<SelectionView[]> {
  const { evaluations } = await readRegister(context);
  return Promise.all(evaluations.map((evaluation) => vendorSelection(context, evaluation.id)));
}

function toVendorView(
  context: WorkspaceContext,
  register: VendorRegister,
  vendor: Vendor,
  asOf: string,
): VendorView {
  const slas = vendor.slas.map((sla) => ({ ...sla, attainment: trackSla(sla) }));
  const scorecards = vendor.scorecards.map((scorecard) => ({
    ...scorecard,
    total: weightedTotal(register.scorecardCriteria, scorecard.scores),
  }));
  return {
    id: vendor.id,
    name: vendor.name,
    category: vendor.category,
    owner: personNamer(context)(vendor.owner),
    teams: vendor.teams,
    services: vendor.services,
    okrs: vendor.okrs,
    reviewDate: vendor.reviewDate,
    reviewOverdue: vendor.reviewDate !== null && vendor.reviewDate < asOf,
    contract: vendor.contract,
    renewal: renewalDates(vendor.contract, asOf),
    slas,
    slaMisses: slas.reduce(
      (sum, sla) => sum + (sla.attainment.kind === 'value' ? sla.attainment.missed.length : 0),
      0,
    ),
    scorecards,
    latestScore: scorecards.at(-1)?.total.total ?? null,
    lockIn: vendor.lockIn ? { ...vendor.lockIn, ...assessLockIn(vendor.lockIn) } : null,
  };
}

function parseDays(days: number | string | undefined): number {
  if (days === undefined) return DEFAULT_RENEWAL_HORIZON_DAYS;
  const value = typeof days === 'number' ? days : Number(days);
  if (!Number.isInteger(value) || value < 0 || (typeof days === 'string' && !/^\d+$/.test(days))) {
    throw new InputError('Invalid number of days', [
      {
        path: 'days',
        message: 'not a whole number of days',
        found: JSON.stringify(days),
        expected: 'a whole number ≥ 0, e.g. 90',
      },
    ]);
  }
  return value;
}

async function readRegister(context: WorkspaceContext): Promise<VendorRegister> {
  return (await context.workspace.governance()).vendors;
}

function personNamer(context: WorkspaceContext) {
  const names = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  return (ref: string) => ({ ref, name: names.get(ref) ?? ref });
}
