import { createHash, createHmac } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { loadOrCreateSecret } from '@/lib/feedback/visitor';

let secret: Promise<string> | undefined;

/** The server's secret (FEEDBACK_SECRET, else the generated one in `data/`), read once per process. */
export function getServerSecret(): Promise<string> {
  secret ??= loadOrCreateSecret({ dataDir: 'data', envSecret: getEnv().FEEDBACK_SECRET });
  secret.catch(() => {
    secret = undefined;
  });
  return secret;
}

/**
 * The key that signs admin sessions: derived from the server's secret and the admin password,
 * so changing ADMIN_PASSWORD signs every session out.
 */
export function deriveSessionKey(serverSecret: string, password: string): Buffer {
  const passwordDigest = createHash('sha256').update(password).digest();
  return createHmac('sha256', serverSecret).update('resolve-admin-session-v1').update(passwordDigest).digest();
}

/** A short keyed hash of a client address for logs: lets failures be correlated, never reversed. */
export function hashAddress(serverSecret: string, address: string): string {
  return createHmac('sha256', serverSecret).update(`admin-log\n${address}`).digest('hex').slice(0, 16);
}
