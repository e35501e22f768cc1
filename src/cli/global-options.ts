import path from 'node:path';
import type { Command } from 'commander';
import { readConfig } from '../config.js';

export interface GlobalOptions {
  workspace?: string;
  json?: boolean;
}

/** `-w/--workspace`, else SEXTANT_WORKSPACE, else the current folder; always absolute. */
export function resolveWorkspaceDir(command: Command, explicit?: string): string {
  const options = command.optsWithGlobals<GlobalOptions>();
  return path.resolve(explicit ?? options.workspace ?? readConfig().workspace ?? process.cwd());
}

export function wantsJson(command: Command): boolean {
  return command.optsWithGlobals<GlobalOptions>().json === true;
}
