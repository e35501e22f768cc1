/** A local HTTP server on 127.0.0.1 that answers from a route table and records every request. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Replies by `pathname?search`, or by pathname alone; a list is served in order, its last item repeated. */
export type Routes = Record<string, Reply | Reply[]>;

export interface ReplayServer {
  /** e.g. `http://127.0.0.1:40123/api/v4` */
  baseUrl: string;
  requests: { url: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

export async function startReplayServer(routes: Routes, prefix = '/api/v4'): Promise<ReplayServer> {
  const requests: ReplayServer['requests'] = [];
  const served = new Map<string, number>();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ url: `${url.pathname}${url.search}`, headers: request.headers });
    const path = url.pathname.slice(prefix.length);
    const key = routes[`${path}${url.search}`] ? `${path}${url.search}` : path;
    const route = routes[key];
    const replies = route === undefined ? [] : Array.isArray(route) ? route : [route];
    const index = served.get(key) ?? 0;
    served.set(key, index + 1);
    const reply = replies[Math.min(index, replies.length - 1)] ?? {
      status: 404,
      body: { message: '404 Not Found' },
    };
    const headers = { 'content-type': 'application/json', ...reply.headers };
    for (const [name, value] of Object.entries(headers)) {
      response.setHeader(
        name,
        value.replaceAll('{origin}', `http://127.0.0.1:${(server.address() as AddressInfo).port}`),
      );
    }
    response.statusCode = reply.status ?? 200;
    response.end(JSON.stringify(reply.body ?? null));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
