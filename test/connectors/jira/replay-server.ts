/**
 * A local HTTP server on 127.0.0.1 that answers Jira requests with recorded payloads. Each route is a
 * path plus the query parameters that select a reply; replies for one route are served in turn, the last
 * one repeating. Every request is logged so tests can check what the client asked for.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body: unknown;
}

export interface ReplayServer {
  baseUrl: string;
  requests: { url: URL; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

/** `routes` keys look like `/rest/api/3/search?startAt=2`: the path and the parameters that must match. */
export async function startReplayServer(routes: Record<string, Reply | Reply[]>): Promise<ReplayServer> {
  const served = new Map<string, number>();
  const requests: ReplayServer['requests'] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, headers: request.headers });
    const key = Object.keys(routes).find((route) => matches(route, url));
    const replies = key === undefined ? undefined : ([] as Reply[]).concat(routes[key] ?? []);
    if (!key || !replies || replies.length === 0) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errorMessages: [`no recorded reply for ${url.pathname}${url.search}`] }));
      return;
    }
    const count = served.get(key) ?? 0;
    served.set(key, count + 1);
    const reply = replies[Math.min(count, replies.length - 1)] as Reply;
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
    response.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function matches(route: string, url: URL): boolean {
  const expected = new URL(route, 'http://127.0.0.1');
  if (expected.pathname !== url.pathname) return false;
  return [...expected.searchParams].every(([name, value]) => url.searchParams.get(name) === value);
}
