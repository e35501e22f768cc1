/** How a snapshot builder reads one source: a source the workspace does not keep is no data, never an error. */
import { NotFoundError } from '../../domain/errors.js';

/** A missing source (the service's NotFoundError) is no data; any other failure is a real error. */
export async function orNull<T>(read: () => Promise<T | null>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
