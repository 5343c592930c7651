import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/feedback/rate-limit';

function createClock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('limiting votes per visitor', () => {
  it('allows 20 votes in a burst and refuses the 21st with a Retry-After', () => {
    const clock = createClock();
    const limiter = createRateLimiter({ now: clock.now });
    for (let vote = 0; vote < 20; vote += 1) expect(limiter.consume('visitor-a')).toEqual({ allowed: true });

    expect(limiter.consume('visitor-a')).toEqual({ allowed: false, retryAfterSeconds: 3 });
  });

  it('lets a refused visitor vote again once the Retry-After has passed', () => {
    const clock = createClock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 10_000, now: clock.now });
    limiter.consume('a');
    limiter.consume('a');
    const refused = limiter.consume('a');
    if (refused.allowed) throw new Error('expected a refusal');

    clock.advance(refused.retryAfterSeconds * 1000 - 1);
    expect(limiter.consume('a').allowed).toBe(false);
    clock.advance(1);
    expect(limiter.consume('a')).toEqual({ allowed: true });
  });

  it('does not let refused requests prolong the wait', () => {
    const clock = createClock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: clock.now });
    limiter.consume('a');
    for (let attempt = 0; attempt < 50; attempt += 1) limiter.consume('a');
    clock.advance(60_000);
    expect(limiter.consume('a')).toEqual({ allowed: true });
  });

  it('limits each visitor separately', () => {
    const limiter = createRateLimiter({ limit: 1, now: createClock().now });
    expect(limiter.consume('a').allowed).toBe(true);
    expect(limiter.consume('a').allowed).toBe(false);
    expect(limiter.consume('b').allowed).toBe(true);
  });

  it('forgets idle visitors and never remembers more than maxKeys', () => {
    const clock = createClock();
    const limiter = createRateLimiter({ limit: 5, windowMs: 1000, maxKeys: 100, now: clock.now });
    for (let visitor = 0; visitor < 1000; visitor += 1) limiter.consume(`visitor-${visitor}`);
    expect(limiter.size()).toBeLessThanOrEqual(100);

    clock.advance(1000);
    for (let visitor = 0; visitor < 50; visitor += 1) limiter.consume(`fresh-${visitor}`);
    expect(limiter.size()).toBeLessThanOrEqual(60);
  });

  it('keeps limiting a busy visitor while many others come and go', () => {
    const clock = createClock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000, maxKeys: 50, now: clock.now });
    for (let round = 0; round < 10; round += 1) {
      limiter.consume('flooder');
      for (let visitor = 0; visitor < 10; visitor += 1) limiter.consume(`passer-${round}-${visitor}`);
    }
    expect(limiter.consume('flooder').allowed).toBe(false);
  });
});
