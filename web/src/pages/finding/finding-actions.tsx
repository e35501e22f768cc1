/**
 * What a manager or above does with a finding: acknowledge it (someone owns it now), snooze it until a day
 * with a reason, resolve it with a reason, or reopen a resolved one. The server decides; this form only
 * offers what the finding's status allows and says plainly when the reader may not act.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ApiError, apiSend } from '../../api';
import { useMe } from '../../session';
import type { Finding } from '../../types';

type Action = 'acknowledge' | 'snooze' | 'resolve' | 'reopen';

/** The roles that hold `findings.manage`, for a server that does not list capabilities with the user. */
const MANAGING_ROLES = ['manager', 'leader', 'people-partner', 'admin'];

const ALLOWED: Record<Action, string[]> = {
  acknowledge: ['new', 'snoozed'],
  snooze: ['new', 'acknowledged', 'snoozed'],
  resolve: ['new', 'acknowledged', 'snoozed'],
  reopen: ['resolved'],
};

const LABELS: Record<Action, string> = {
  acknowledge: 'Acknowledge',
  snooze: 'Snooze',
  resolve: 'Resolve',
  reopen: 'Reopen',
};

function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 401) return 'Your session has ended. Sign in again to change this finding.';
    if (error.status === 403)
      return `Your role may not change findings (${error.message}). Managers, leaders and admins may.`;
    return `The server did not accept this: ${error.message}`;
  }
  return `Could not reach the server: ${(error as Error).message}`;
}

export function FindingActions({ finding }: { finding: Finding }) {
  const me = useMe();
  const location = useLocation();
  if (!me.data) return null;
  const signedIn = me.data.via !== 'anonymous';
  const mayManage = me.data.capabilities
    ? me.data.capabilities.includes('findings.manage')
    : MANAGING_ROLES.includes(me.data.role);
  if (!signedIn)
    return (
      <p data-testid="finding-sign-in">
        Managers, leaders and admins can acknowledge, snooze or resolve findings.{' '}
        <Link to={`/signin?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>
          Sign in to act on this finding
        </Link>
        .
      </p>
    );
  if (!mayManage)
    return (
      <p data-testid="finding-not-allowed">
        Your role ({me.data.role}) may read this finding but not change it. Managers, leaders and admins may
        acknowledge, snooze or resolve it.
      </p>
    );
  const offered = (Object.keys(ALLOWED) as Action[]).filter((action) =>
    ALLOWED[action].includes(finding.status),
  );
  if (offered.length === 0) return <p>No action applies to a finding that is {finding.status}.</p>;
  return <ActionForm finding={finding} offered={offered} />;
}

function ActionForm({ finding, offered }: { finding: Finding; offered: Action[] }) {
  const client = useQueryClient();
  const [action, setAction] = useState<Action>(offered[0] as Action);
  const [text, setText] = useState('');
  const [until, setUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const ids = { action: useId(), text: useId(), until: useId() };
  const current = offered.includes(action) ? action : (offered[0] as Action);
  const reasonRequired = current === 'snooze' || current === 'resolve';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    const trimmed = text.trim();
    const body =
      current === 'snooze'
        ? { until, reason: trimmed }
        : current === 'resolve'
          ? { reason: trimmed }
          : trimmed
            ? { note: trimmed }
            : {};
    try {
      const updated = await apiSend<Finding>(
        'POST',
        `/api/findings/${encodeURIComponent(finding.id)}/${current}`,
        body,
      );
      setDone(`Done: the finding is now ${updated.status}.`);
      setText('');
      await client.invalidateQueries({
        predicate: (query) =>
          typeof query.queryKey[0] === 'string' && query.queryKey[0].startsWith('/api/findings'),
      });
    } catch (caught) {
      setError(describeError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="action-form" onSubmit={submit} aria-label="Act on this finding">
      {offered.length > 1 ? (
        <>
          <label htmlFor={ids.action}>Action</label>
          <select
            id={ids.action}
            value={current}
            onChange={(event) => setAction(event.target.value as Action)}
          >
            {offered.map((candidate) => (
              <option key={candidate} value={candidate}>
                {LABELS[candidate]}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {current === 'snooze' ? (
        <>
          <label htmlFor={ids.until}>Snooze until (a later day)</label>
          <input
            id={ids.until}
            type="date"
            required
            value={until}
            onChange={(event) => setUntil(event.target.value)}
          />
        </>
      ) : null}
      <label htmlFor={ids.text}>{reasonRequired ? 'Reason (required)' : 'Note (optional)'}</label>
      <textarea
        id={ids.text}
        rows={3}
        maxLength={2000}
        required={reasonRequired}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div>
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : LABELS[current]}
        </button>
      </div>
      <div aria-live="polite">
        {done ? <p className="notice">{done}</p> : null}
        {error ? (
          <p className="state state-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </form>
  );
}
