/**
 * What every webhook route does before its service runs. Without a configured secret every delivery is
 * refused (503), since an open endpoint would let anyone write records; a missing or wrong secret is a
 * 401. The body is read as JSON, and a body that is not is an input error naming what was expected.
 */
import type { Context } from 'hono';
import { InputError } from '../domain/errors.js';
import type { ErrorBody } from './errors.js';

/** The reply refusing a delivery whose secret did not check out; undefined when it did. */
export function refuseDelivery(
  c: Context,
  check: 'ok' | 'not-configured' | 'invalid',
  messages: { notConfigured: string; invalid: string },
): Response | undefined {
  if (check === 'not-configured') {
    return c.json<ErrorBody>(
      { error: { code: 'webhook_not_configured', message: messages.notConfigured } },
      503,
    );
  }
  if (check === 'invalid') {
    return c.json<ErrorBody>({ error: { code: 'invalid_webhook_token', message: messages.invalid } }, 401);
  }
  return undefined;
}

export async function readDeliveryJson(request: Request, expected: string): Promise<unknown> {
  const text = await request.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError('The delivery body is not JSON', [
      { path: 'body', message: (error as Error).message, expected },
    ]);
  }
}
