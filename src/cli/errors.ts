/**
 * The one place where errors become what a person reads in a terminal: the message (with every issue it
 * carries) on stderr and exit code 1. Unknown errors are bugs and print their stack.
 */
import { isSextantError } from '../domain/errors.js';
import { say } from './output.js';

export function reportError(error: unknown): void {
  if (isSextantError(error)) {
    say(`error: ${error.message}`);
  } else if (error instanceof Error) {
    say(`internal error: ${error.stack ?? error.message}`);
  } else {
    say(`internal error: ${String(error)}`);
  }
  process.exitCode = 1;
}
