/** Reading the API from a page: one cache entry per path and query, retried once, errors kept typed. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, apiGet, apiGetAll, type Params } from './api';

const retry = (count: number, error: ApiError) =>
  count < 1 && !(error instanceof ApiError && error.status < 500);

export function useApi<T>(path: string | null, params: Params = {}) {
  return useQuery<T, ApiError>({
    queryKey: [path, params],
    queryFn: ({ signal }) => apiGet<T>(path as string, params, signal),
    enabled: path !== null,
    retry,
  });
}

/** A paged list with every page followed, so tables and charts hold all of it, not the first page. */
export function useList<T extends { items: unknown[]; total: number }>(
  path: string | null,
  params: Params = {},
) {
  return useQuery<T, ApiError>({
    queryKey: ['all', path, params],
    queryFn: ({ signal }) => apiGetAll<T>(path as string, params, signal),
    enabled: path !== null,
    retry,
  });
}
