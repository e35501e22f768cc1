/**
 * Like <Async>, for views read from a workspace file that may not exist yet: the server's `not_found`
 * becomes an explanation of which file to add instead of an error.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api';
import { Async, Empty } from './states';

export function AsyncRegister<T>(props: {
  query: UseQueryResult<T, Error>;
  what: string;
  missing: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { error } = props.query;
  if (error instanceof ApiError && error.status === 404)
    return (
      <Empty>
        <p>{props.missing}</p>
        <p className="muted">The server said: {error.message}</p>
      </Empty>
    );
  return (
    <Async query={props.query} what={props.what}>
      {props.children}
    </Async>
  );
}
