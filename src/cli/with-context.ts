/** Runs a command's work with the workspace and its store open, and closes the store whatever happens. */
import type { Command } from 'commander';
import { type AppContext, closeContext, openContext } from '../services/context.js';
import { resolveWorkspaceDir } from './global-options.js';

export async function withContext<T>(command: Command, run: (context: AppContext) => Promise<T>): Promise<T> {
  const context = await openContext(resolveWorkspaceDir(command));
  try {
    return await run(context);
  } finally {
    await closeContext(context);
  }
}
