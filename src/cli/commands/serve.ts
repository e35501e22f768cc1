import type { Command } from 'commander';
import { closeContext, openContext } from '../../services/context.js';
import { syncModel } from '../../services/sync.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { serveUntilStopped } from './serve-until-stopped.js';

export async function runServe(options: { port?: string; host?: string }, command: Command) {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    await syncModel(context);
  } catch (error) {
    await closeContext(context);
    throw error;
  }
  await serveUntilStopped(context, options);
}
