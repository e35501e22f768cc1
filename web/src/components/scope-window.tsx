/** The scope (whole organization or one team) and the window (weeks, or two dates) a page reads. */
import { useId } from 'react';
import { presetWindow, useFilters, WINDOW_PRESETS } from '../filters';
import { useList } from '../hooks';

interface TeamList {
  items: { ref: string; name: string; title?: string | null }[];
  total: number;
}

export function ScopeWindowPicker() {
  const [filters, setFilters] = useFilters();
  const teams = useList<TeamList>('/api/teams');
  const scopeId = useId();
  const windowId = useId();
  const fromId = useId();
  const toId = useId();
  const today = new Date();
  const preset =
    WINDOW_PRESETS.find((candidate) => {
      const window = presetWindow(candidate.weeks, today);
      return window.from === filters.from && window.to === filters.to;
    })?.id ?? (filters.from || filters.to ? 'custom' : 'default');
  return (
    <form className="filters" aria-label="Scope and window" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={scopeId}>Scope</label>
      <select
        id={scopeId}
        value={filters.scope ?? ''}
        onChange={(event) => setFilters({ scope: event.target.value || undefined })}
      >
        <option value="">Whole organization</option>
        {(teams.data?.items ?? []).map((team) => (
          <option key={team.ref} value={team.ref}>
            {team.title ?? team.name}
          </option>
        ))}
      </select>
      <label htmlFor={windowId}>Window</label>
      <select
        id={windowId}
        value={preset}
        onChange={(event) => {
          const chosen = WINDOW_PRESETS.find((candidate) => candidate.id === event.target.value);
          if (chosen) setFilters(presetWindow(chosen.weeks, new Date()));
          else if (event.target.value === 'default') setFilters({ from: undefined, to: undefined });
          else
            setFilters({
              from: filters.from ?? presetWindow(12, new Date()).from,
              to: filters.to ?? presetWindow(12, new Date()).to,
            });
        }}
      >
        <option value="default">Server default (12 full weeks)</option>
        {WINDOW_PRESETS.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.label}
          </option>
        ))}
        <option value="custom">Between two dates…</option>
      </select>
      {preset === 'custom' ? (
        <>
          <label htmlFor={fromId}>From</label>
          <input
            id={fromId}
            type="date"
            value={filters.from ?? ''}
            onChange={(event) => setFilters({ from: event.target.value || undefined })}
          />
          <label htmlFor={toId}>To</label>
          <input
            id={toId}
            type="date"
            value={filters.to ?? ''}
            onChange={(event) => setFilters({ to: event.target.value || undefined })}
          />
        </>
      ) : null}
    </form>
  );
}
