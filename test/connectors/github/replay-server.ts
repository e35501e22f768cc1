/** A local HTTP server on 127.0.0.1 (port 0) answering from a handler, recording every request. */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ReplayServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: { url: string; headers: IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

export async function startReplayServer(
  answer: (url: string, headers: IncomingHttpHeaders, origin: string) => ReplayResponse,
): Promise<ReplayServer> {
  const requests: ReplayServer['requests'] = [];
  let origin = '';
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    requests.push({ url, headers: request.headers });
    // A handler that throws (a recorded file missing, say) answers 500 with the reason instead of leaving
    // the client waiting for a reply that never comes.
    let reply: ReturnType<typeof answer>;
    try {
      reply = answer(url, request.headers, origin);
    } catch (error) {
      reply = { status: 500, body: { message: error instanceof Error ? error.message : String(error) } };
    }
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
