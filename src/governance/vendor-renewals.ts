/**
 * Contract renewals ahead. A contract renews on its renewal date (its end when none is written); notice to
 * change or leave it must be given `noticeDays` before, which is the date that matters: a renewal is
 * listed when either its renewal date or its notice deadline falls within the next N days (today
 * included), so a long notice period shows up before the renewal itself is near. Pure.
 */
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import type { Contract } from '../domain/vendor.js';

export const DEFAULT_RENEWAL_HORIZON_DAYS = 90;

export interface RenewalDates {
  renewal: string;
  noticeDeadline: string;
  daysToRenewal: number;
  daysToNotice: number;
  /** The notice deadline has passed: the renewal can no longer be changed on its terms. */
  noticePassed: boolean;
}

/** The renewal and notice dates of a contract as seen on `today`; null when it has no renewal or end. */
export function renewalDates(contract: Contract, today: string): RenewalDates | null {
  const renewal = contract.renewal ?? contract.end;
  if (renewal === null) return null;
  const day = parseISO(today);
  const noticeDeadline = format(subDays(parseISO(renewal), contract.noticeDays), 'yyyy-MM-dd');
  const daysToNotice = differenceInCalendarDays(parseISO(noticeDeadline), day);
  return {
    renewal,
    noticeDeadline,
    daysToRenewal: differenceInCalendarDays(parseISO(renewal), day),
    daysToNotice,
    noticePassed: daysToNotice < 0,
  };
}

/** Whether the renewal or its notice deadline falls in [today, today + days]. */
export function isRenewalAhead(dates: RenewalDates, days: number): boolean {
  const inHorizon = (offset: number) => offset >= 0 && offset <= days;
  return inHorizon(dates.daysToRenewal) || inHorizon(dates.daysToNotice);
}
