import { Link, useRouteError } from 'react-router';
import { PageHeader } from '../components/section';

export function NotFound() {
  return (
    <>
      <PageHeader title="No such page" />
      <p>
        Nothing lives at this address. <Link to="/">Go to the overview</Link>.
      </p>
    </>
  );
}

/** A page that failed while drawing: say so, and offer the way back. */
export function CrashView() {
  const error = useRouteError();
  return (
    <main id="main">
      <PageHeader title="This page failed to draw" />
      <p role="alert">{error instanceof Error ? error.message : 'An unexpected error.'}</p>
      <p>
        <Link to="/">Go to the overview</Link>
      </p>
    </main>
  );
}
