/** What a page shows while it waits, when there is nothing to show, and when the server says no. */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api';

export function Loading({ what }: { what: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

export function ErrorView({ error, retry }: { error: Error; retry?: () => void }) {
  if (error instanceof ApiError && error.status === 401)
    return (
      <div className="state state-error" role="alert">
        <p>This needs you to sign in.</p>
        <Link to={`/signin?returnTo=${encodeURIComponent(location.pathname + location.search)}`}>
          Sign in
        </Link>
      </div>
    );
  if (error instanceof ApiError && error.status === 403)
    return (
      <div className="state state-error" role="alert">
        <p>Your role does not allow this view.</p>
        <p className="muted">{error.message}</p>
      </div>
    );
  return (
    <div className="state state-error" role="alert">
      <p>Could not load this: {error.message}</p>
      {error instanceof ApiError ? <p className="muted">Error code: {error.code}</p> : null}
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Renders a query's data, or its loading or error state. */
export function Async<T>(props: {
  query: UseQueryResult<T, Error>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <Loading what={props.what} />;
  if (query.isError) return <ErrorView error={query.error} retry={() => void query.refetch()} />;
  return <>{props.children(query.data)}</>;
}
