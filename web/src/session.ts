/** Who is signed in, what their role lets them see, and signing in and out. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiSend, setCsrfToken } from './api';

export type Role = 'viewer' | 'manager' | 'leader' | 'people-partner' | 'admin';

export interface Me {
  role: Role;
  actor: string;
  via: 'anonymous' | 'token' | 'session' | string;
  /** The capabilities the role holds, e.g. `people.talent`. */
  capabilities?: string[];
  csrfToken?: string;
  manages?: string | null;
}

export interface Providers {
  password: boolean;
  oidc?: { name: string; start: string } | null;
}

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      const me = await apiGet<Me>('/api/auth/me');
      setCsrfToken(me.csrfToken ?? null);
      return me;
    },
    staleTime: 60_000,
  });
}

/** Whether the reader may see any people page: the aggregates (surveys, funnel) or the talent grid. */
export function maySeePeople(me: Me | undefined): boolean {
  const held = new Set(me?.capabilities ?? []);
  return held.has('people.aggregates') || held.has('people.talent');
}

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await apiSend('POST', '/api/auth/logout');
    setCsrfToken(null);
    client.clear();
  };
}

export async function signIn(name: string, password: string): Promise<Me> {
  const me = await apiSend<Me>('POST', '/api/auth/login', { name, password });
  setCsrfToken(me.csrfToken ?? null);
  return me;
}
