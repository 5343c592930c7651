import { z } from 'zod';

/** Raised when an environment variable is present but unusable. */
export class EnvError extends Error {
  override name = 'EnvError';
}

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  CONTENT_DIR: z.string().min(1).default('content'),
  DATABASE_URL: z.string().optional(),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  /** "Outdated" votes in the period that put an article on the dashboard's review queue. */
  ADMIN_OUTDATED_THRESHOLD: z.coerce.number().int().min(1, 'must be a whole number of votes, 1 or more').default(3),
  SITE_URL: z
    .url({ message: 'must be an absolute URL such as https://help.example.com' })
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  FEEDBACK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Reverse proxies in front that append to X-Forwarded-For; 0: forwarded headers are ignored. */
  TRUST_PROXY_HOPS: z.coerce.number().int('must be a whole number').min(0).max(10).default(0),
  /** New votes one client address may cast per day (changes of mind do not count). */
  FEEDBACK_DAILY_VOTE_CAP: z.coerce.number().int('must be a whole number').min(1).default(200),
  /** `1` enables the do-nothing route `npm run bench:feedback` measures against; never in production. */
  BENCH_BASELINE: z.enum(['0', '1']).default('0').transform((value) => value === '1'),
});

export type Env = z.infer<typeof envSchema>;

/**
 * Parses the process environment once. Empty strings count as unset, so `FOO= npm start`
 * behaves like leaving FOO out.
 * @throws EnvError naming every variable that is wrong and what was expected.
 */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** The validated environment of this process. */
export function getEnv(): Env {
  cached ??= readEnv();
  return cached;
}
