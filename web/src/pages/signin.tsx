/** Signing in with a local user's name and password, or through the organization's identity provider. */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api';
import { useApi } from '../hooks';
import { type Providers, signIn } from '../session';

/** Only a path on this site may be returned to after signing in. */
export function safeReturn(value: string | null): string {
  return value?.startsWith('/') && !value.startsWith('//') ? value : '/';
}

/** What each `?error=` code the OIDC callback sends back means to the person signing in. */
const ERRORS: Record<string, string> = {
  oidc_not_configured: 'Signing in through an identity provider is not set up on this server.',
  oidc_unavailable: 'The identity provider could not be reached. Try again in a moment.',
  oidc_state_mismatch: 'The sign-in took too long or was started in another window. Try again.',
  oidc_provider_error: 'The identity provider did not sign you in.',
  oidc_token_invalid: 'The identity provider answered with a token that could not be verified.',
  oidc_claim_missing: 'The identity provider did not say who you are (no user name in its answer).',
  oidc_too_many_attempts:
    'Too many sign-ins from this address have failed. Wait a few minutes and try again.',
};

export function SignIn() {
  const [params] = useSearchParams();
  const returnTo = safeReturn(params.get('returnTo'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const providers = useApi<Providers>('/api/auth/providers');
  const [error, setError] = useState<string | null>(
    params.get('error') ? (ERRORS[params.get('error') ?? ''] ?? 'Signing in did not work. Try again.') : null,
  );
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const passwordId = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(form.get('name') ?? ''), String(form.get('password') ?? ''));
      client.clear();
      navigate(returnTo);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 429
          ? 'Too many failed attempts. Wait a few minutes and try again.'
          : failure instanceof ApiError && failure.status === 401
            ? 'That name and password do not match.'
            : `Signing in did not work: ${(failure as Error).message}`,
      );
    } finally {
      setBusy(false);
    }
  }

  const oidc = providers.data?.oidc;
  return (
    <main id="main" className="signin">
      <h1>Sign in to Sextant</h1>
      <form onSubmit={submit} aria-describedby={error ? 'signin-error' : undefined}>
        <label htmlFor={nameId}>Name</label>
        <input id={nameId} name="name" autoComplete="username" required />
        <label htmlFor={passwordId}>Password</label>
        <input id={passwordId} name="password" type="password" autoComplete="current-password" required />
        {error ? (
          <p id="signin-error" className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {oidc ? (
        <p className="oidc">
          <a className="button secondary" href={`${oidc.start}?returnTo=${encodeURIComponent(returnTo)}`}>
            Sign in with {oidc.name}
          </a>
        </p>
      ) : null}
      <p className="muted">
        An administrator adds users with <code>sextant users add</code>.{' '}
        <Link to="/">Back to the dashboard</Link>
      </p>
    </main>
  );
}
