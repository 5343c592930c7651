/** Answer of {@link LoginLimiter.check}. */
export type LoginLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface LoginLimiter {
  /** Whether `address` may try a password now. */
  check(address: string): LoginLimitResult;
  /** Records a failed attempt from `address`. */
  fail(address: string): void;
  /** Forgets `address`'s failures after a successful sign-in. */
  clear(address: string): void;
}

export interface LoginLimiterOptions {
  /** Failures allowed per address within the window. Default 5. */
  maxFailures?: number;
  /** Window in milliseconds. Default 15 minutes. */
  windowMs?: number;
  /** Most addresses remembered; the oldest go first. Default 10 000. */
  maxKeys?: number;
  now?: () => number;
}

/**
 * Counts failed sign-ins per client address in a sliding window: after `maxFailures` failures
 * within `windowMs`, every attempt is refused (even with the right password) until the oldest
 * failure leaves the window. In-process memory: each app server keeps its own count.
 */
export function createLoginLimiter(options: LoginLimiterOptions = {}): LoginLimiter {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60_000;
  const maxKeys = options.maxKeys ?? 10_000;
  const now = options.now ?? Date.now;
  const failures = new Map<string, number[]>();

  const recent = (address: string, at: number): number[] => {
    const kept = (failures.get(address) ?? []).filter((time) => time > at - windowMs);
    if (kept.length === 0) failures.delete(address);
    else failures.set(address, kept);
    return kept;
  };

  return {
    check(address) {
      const at = now();
      const kept = recent(address, at);
      if (kept.length < maxFailures) return { allowed: true };
      const oldest = kept[kept.length - maxFailures] ?? at;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - at) / 1000)) };
    },
    fail(address) {
      const at = now();
      const kept = recent(address, at);
      failures.delete(address);
      failures.set(address, [...kept, at]);
      while (failures.size > maxKeys) {
        const oldest = failures.keys().next();
        if (oldest.done) break;
        failures.delete(oldest.value);
      }
    },
    clear(address) {
      failures.delete(address);
    },
  };
}
