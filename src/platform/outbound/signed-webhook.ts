import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhooks Tradeguard sends are signed like Stripe's: `x-tradeguard-signature: t=<unix seconds>,v1=<hex>`,
 * where v1 = HMAC-SHA256(secret, `${t}.${body}`). A receiver checks the signature and that t is recent, which
 * proves the sender knows the secret and stops replays of old deliveries.
 */
export const SIGNATURE_HEADER = 'x-tradeguard-signature';

export function signPayload(secret: string, body: string, at = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`${at}.${body}`).digest('hex');
  return `t=${at},v1=${mac}`;
}

export function verifySignature(
  secret: string,
  body: string,
  header: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=') as [string, string]));
  const at = Number(parts.t);
  if (!Number.isFinite(at) || Math.abs(now / 1000 - at) > toleranceSeconds || !parts.v1) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${at}.${body}`).digest('hex'));
  const given = Buffer.from(parts.v1);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Posts a signed JSON body; answers the status, or throws on a network failure or timeout. */
export async function postSignedWebhook(
  url: string,
  secret: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<number> {
  const body = JSON.stringify(payload);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signPayload(secret, body) },
    body,
    redirect: 'error',
    signal: AbortSignal.timeout(timeoutMs),
  });
  await response.body?.cancel();
  return response.status;
}
