/** Credentials for API tests: every write needs a token (src/api/auth.ts). */
import { randomUUID } from 'node:crypto';
import type { ViewerRole } from '../../src/domain/privacy.js';
import { createApiToken } from '../../src/services/access.service.js';
import type { AppContext } from '../../src/services/context.js';

/** An `Authorization` header for a new token of the role. */
export async function bearerFor(
  context: Pick<AppContext, 'store'>,
  role: ViewerRole = 'admin',
): Promise<{ authorization: string }> {
  const { token } = await createApiToken(context, { name: `test-${role}-${randomUUID().slice(0, 8)}`, role });
  return { authorization: `Bearer ${token}` };
}
