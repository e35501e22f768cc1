/**
 * How teams, people and money read on the organization, planning and register pages: a team by its title
 * (the team list is the one the scope picker already loaded), a person by name, an amount in its currency.
 */
import { useCallback } from 'react';
import { shortRef, titleCase } from '../format';
import { useList } from '../hooks';

interface TeamTitles {
  items: { ref: string; name: string; title?: string | null }[];
  total: number;
}

const NO_TEAMS: TeamTitles['items'] = [];

/** A function from a team ref to its title, falling back to the ref's name while the list loads. */
export function useTeamTitle(): (ref: string | null | undefined) => string {
  const teams = useList<TeamTitles>('/api/teams');
  const list = teams.data?.items ?? NO_TEAMS;
  return useCallback(
    (ref) => {
      if (!ref) return '—';
      const team = list.find((candidate) => candidate.ref === ref);
      return team?.title ?? team?.name ?? shortRef(ref);
    },
    [list],
  );
}

/** `person:default/diego-koch` → `Diego Koch`, for answers that give a person only by ref. */
export function personName(ref: string | null | undefined): string {
  if (!ref) return '—';
  return titleCase(shortRef(ref));
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return '—';
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 });
    moneyFormats.set(currency, format);
  }
  return format.format(amount);
}

/** A percentage already in percent (12.5 → `12.5%`), with an explicit sign when asked. */
export function formatPercent(value: number | null | undefined, signed = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const text = `${new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(Math.abs(value))}%`;
  if (!signed) return value < 0 ? `−${text}` : text;
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
