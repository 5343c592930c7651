/** Raised when the database cannot take a write in time; the route answers 503 with Retry-After. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';

  constructor(
    message: string,
    readonly retryAfterSeconds = 2,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The moment by which a request's storage work must be done, shared by its steps. */
export interface Deadline {
  at: number;
}

/** A deadline `ms` from now. */
export function createDeadline(ms: number): Deadline {
  return { at: Date.now() + ms };
}

/** SQLite's "another connection holds the lock": worth retrying after a pause. */
function isBusy(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = 'code' in error && error.code ? ` (${String(error.code)})` : '';
  return `${error.message}${code}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one storage step before `deadline`, never blocking the event loop while it waits:
 * SQLite connections run with busy_timeout 0, so a lock held by another process fails at
 * once and is retried here after a short timer (10 ms, doubling to 100 ms); PostgreSQL
 * steps are raced against the deadline (the pool's lock and connect timeouts end them
 * server-side soon after), unless `race` is false. Errors that `isDomainError` accepts pass
 * through unchanged.
 * @throws DatabaseUnavailableError when the deadline passes or the database fails otherwise
 */
export async function runWrite<T>(
  deadline: Deadline,
  step: () => Promise<T>,
  isDomainError: (error: unknown) => boolean = () => false,
  options: { race?: boolean } = {},
): Promise<T> {
  let pause = 10;
  for (;;) {
    const left = deadline.at - Date.now();
    if (left <= 0) throw new DatabaseUnavailableError('The feedback database did not answer in time.');
    let timer: NodeJS.Timeout | undefined;
    const timeout = () =>
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new DatabaseUnavailableError('The feedback database did not answer in time.')), left);
      });
    try {
      // race: false for a step that bounds itself and must report its real outcome (a
      // transaction that commits only before the deadline): answering 503 while it might
      // still commit would store a vote its visitor was told was lost.
      return await (options.race === false ? step() : Promise.race([step(), timeout()]));
    } catch (error) {
      if (error instanceof DatabaseUnavailableError || isDomainError(error)) throw error;
      if (isBusy(error) && deadline.at - Date.now() > pause) {
        await sleep(pause);
        pause = Math.min(100, pause * 2);
        continue;
      }
      throw new DatabaseUnavailableError(`The feedback database failed: ${describe(error)}`, 2, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }
}
