/** Reading the API from a page: one cache entry per path and query, retried once, errors kept typed. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, apiGet, type Params } from './api';

export function useApi<T>(path: string | null, params: Params = {}) {
  return useQuery<T, ApiError>({
    queryKey: [path, params],
    queryFn: ({ signal }) => apiGet<T>(path as string, params, signal),
    enabled: path !== null,
    retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
  });
}

/** A list answer's records, whether the endpoint pages (`{ items, total }`) or answers a bare array. */
export function itemsOf<T>(data: T[] | { items: T[] } | undefined): T[] {
  if (!data) return [];
  return Array.isArray(data) ? data : data.items;
}
