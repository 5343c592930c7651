import { createHmac, randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';

/** File under the data folder that keeps the generated secret between restarts. */
export const SECRET_FILE_NAME = 'feedback-secret';
const VISITOR_HASH_LENGTH = 32;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const GENERATED_SECRET = /^[0-9a-f]{64}$/;

/** Raised when the visitor secret cannot be used; the message says which file or value. */
export class VisitorSecretError extends Error {
  override name = 'VisitorSecretError';
}

/** The UTC calendar day of `now` as `YYYY-MM-DD`: the period after which visitor hashes change. */
export function formatVisitorDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

let lastDailyKey: { secret: string; day: string; key: Buffer } | undefined;

/** HMAC(secret, day), computed once a day rather than once per vote. */
function getDailyKey(secret: string, day: string): Buffer {
  if (lastDailyKey?.secret !== secret || lastDailyKey.day !== day) {
    lastDailyKey = { secret, day, key: createHmac('sha256', secret).update(day).digest() };
  }
  return lastDailyKey.key;
}

/**
 * Tells visitors apart without storing who they are: HMAC-SHA256 of `ip + "\n" + userAgent`
 * under a key derived from the secret and the day, as 32 hex characters. The same visitor
 * gets a new hash every day, and without the secret a hash cannot be traced back to an IP.
 */
export function hashVisitor(input: { ip: string; userAgent: string; secret: string; day: string }): string {
  if (!DAY.test(input.day)) {
    throw new RangeError(`hashVisitor: day must be YYYY-MM-DD (use formatVisitorDay), got "${input.day}".`);
  }
  const dailyKey = getDailyKey(input.secret, input.day);
  return createHmac('sha256', dailyKey)
    .update(`${input.ip}\n${input.userAgent}`)
    .digest('hex')
    .slice(0, VISITOR_HASH_LENGTH);
}

/**
 * The daily keyed hash under which rate limits and the daily cap count one client address
 * (an IPv4 address or an IPv6 /64, from `toAddressKey`), so those tables hold no raw address.
 * Distinct from visitor hashes: the input is prefixed so the two can never collide.
 */
export function hashAddress(input: { addressKey: string; secret: string; day: string }): string {
  return hashVisitor({ ip: `address:${input.addressKey}`, userAgent: '', secret: input.secret, day: input.day });
}

async function readSecretFile(file: string): Promise<string | undefined> {
  try {
    const secret = (await readFile(file, 'utf8')).trim();
    if (!GENERATED_SECRET.test(secret)) {
      throw new VisitorSecretError(
        `${file} does not hold a 64-character hex secret. Delete it to generate a new one ` +
          '(visitor hashes of today will change), or set FEEDBACK_SECRET.',
      );
    }
    return secret;
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Returns the secret that keys visitor hashes: `envSecret` (FEEDBACK_SECRET) when given,
 * else the one kept in `<dataDir>/feedback-secret`, generated on first start (32 random
 * bytes, hex, mode 0600). Creation is atomic: the secret is written and synced to a private
 * temporary file which is then hard-linked into place, so two processes starting together
 * agree on one secret and no process ever reads a half-written file.
 */
export async function loadOrCreateSecret(options: { dataDir: string; envSecret?: string }): Promise<string> {
  if (options.envSecret) return options.envSecret;
  const file = path.join(options.dataDir, SECRET_FILE_NAME);
  const existing = await readSecretFile(file);
  if (existing) return existing;

  await mkdir(options.dataDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temporary, 'wx', 0o600);
  try {
    await handle.writeFile(`${randomBytes(32).toString('hex')}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temporary, file);
  } catch (error) {
    // Another process linked its secret first: that one wins and is read below.
    if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
  } finally {
    await unlink(temporary);
  }
  const created = await readSecretFile(file);
  if (!created) throw new VisitorSecretError(`${file} vanished right after it was created; check the data folder.`);
  return created;
}
