import { createHash, timingSafeEqual } from 'node:crypto';

/** Compares a submitted password with the configured one in constant time (whatever the lengths). */
export function checkPassword(submitted: string, expected: string): boolean {
  const a = createHash('sha256').update(submitted).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}
