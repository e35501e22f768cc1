/** Runs the API on Node's HTTP server until stopped. */
import { serve } from '@hono/node-server';
import type { AppContext } from '../services/context.js';
import { createApp } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(
  context: AppContext,
  options: { port: number; host: string; log?: (message: string) => void; requireAuthentication?: boolean },
): Promise<RunningServer> {
  const app = createApp(context, {
    ...(options.log ? { log: options.log } : {}),
    requireAuthentication: options.requireAuthentication ?? false,
  });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${info.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}
