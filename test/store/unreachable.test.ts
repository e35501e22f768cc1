import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/domain/errors.js';
import { openStore } from '../../src/store/index.js';

describe('an unreachable PostgreSQL server', () => {
  it('gives StoreUnavailableError naming host, port and database but not the password', async () => {
    const error = await openStore({ databaseUrl: 'postgres://sextant:s3cret-pw@127.0.0.1:1/metrics' }).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain('127.0.0.1:1/metrics');
    expect(message).toContain('ECONNREFUSED');
    expect(message).toContain('Check DATABASE_URL');
    expect(message).not.toContain('s3cret-pw');
  });
});
