/**
 * GitHub signs each webhook delivery: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body,
 * keyed with the webhook secret>`. The HMAC must be computed over the bytes exactly as received (not a
 * re-serialized JSON), and compared in constant time so the answer leaks nothing about how much of a
 * forged signature was right.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function signGithubPayload(secret: string, body: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function verifyGithubSignature(
  secret: string,
  body: Uint8Array | string,
  signature: string | undefined,
): boolean {
  if (!signature || !/^sha256=[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(signGithubPayload(secret, body).slice('sha256='.length), 'hex');
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
