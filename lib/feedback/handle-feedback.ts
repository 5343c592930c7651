import { getArticleById, isSiteLocale } from '@/lib/content/get-content';
import { getEnv } from '@/lib/env';
import { getDatabaseInfo } from '@/lib/storage/create-database';
import type { FeedbackDatabase } from '@/lib/storage/database';
import { createDeadline, type Deadline, runWrite } from '@/lib/storage/run-write';
import { UNKNOWN_ADDRESS } from './client-address';
import { ADDRESS_LIMIT_WINDOW_MS, ADDRESS_LIMITS, getAddressLimiters, getFeedbackContext, getFeedbackDatabase, identifyRequester, type Requester } from './feedback-context';
import { HttpError } from './http-errors';
import type { RateLimitResult } from './rate-limit';
import { assertSameOrigin, getClientAddress, readJsonBody } from './read-request';
import { DailyCapError, RequestLimitError, recordSearchEvent, recordVote, type VoteLimits } from './record';
import { pruneRateLimitsNowAndThen, rateLimitBucket } from './shared-rate-limit';
import { parseSearchEvent } from './search-event-schema';
import { parseVote } from './vote-schema';

/**
 * Checks that an article (and the FAQ entry or heading it names) exists in the build's manifest.
 * @throws HttpError 404 for an unknown locale or article, 422 for an unknown anchor
 */
export function assertKnownArticle(locale: string, articleId: string, anchor?: string): void {
  if (!isSiteLocale(locale)) throw new HttpError(404, 'Unknown locale.', { locale: `"${locale}" is not a language of this help center` });
  const article = getArticleById(locale, articleId);
  if (!article) throw new HttpError(404, 'Unknown article.', { articleId: `no article "${articleId}" in ${locale}` });
  if (anchor && !article.meta.faqs.some((f) => f.id === anchor) && !article.meta.headings.some((h) => h.slug === anchor)) {
    throw new HttpError(422, 'Invalid fields.', { anchor: `"${anchor}" is not an FAQ entry or heading of "${articleId}"` });
  }
}

/** A vote or search event must be stored (or refused with 503) within 2 s of arriving; 0.8 s is left for routing and parsing on a busy server. */
const STORAGE_DEADLINE_MS = 1_200;

interface Admitted {
  body: unknown;
  requester: Requester;
}

/**
 * Checks where a request comes from and reads its body.
 * @throws HttpError 403, 413, 415, 400; 503 while the server is starting (no peer address yet)
 */
async function admit(request: Request, now: Date): Promise<Admitted> {
  assertSameOrigin(request.headers, request.url, getEnv().SITE_URL);
  const body = await readJsonBody(request);
  const address = getClientAddress(request.headers);
  if (address === UNKNOWN_ADDRESS) {
    throw new HttpError(503, 'The server is still starting; please try again.', {}, { 'Retry-After': '1' });
  }
  const requester = await identifyRequester(address, request.headers.get('user-agent') ?? '', now);
  return { body, requester };
}

function refuse(verdict: RateLimitResult): void {
  if (!verdict.allowed) {
    throw new HttpError(429, 'Too many requests; try again later.', {}, { 'Retry-After': String(verdict.retryAfterSeconds) });
  }
}

/**
 * Opens the database and applies the process backstop and the address's limit, all within
 * the request's storage deadline.
 * @throws HttpError 429; DatabaseUnavailableError
 */
async function openAndLimit(deadline: Deadline, address: string, limit: 'votes' | 'searches', now: Date): Promise<FeedbackDatabase> {
  refuse(getFeedbackContext().processLimiter.consume('all'));
  const db = await runWrite(deadline, getFeedbackDatabase);
  refuse(await runWrite(deadline, () => getAddressLimiters(db)[limit].consume(address, now)));
  return db;
}

const isRefusal = (error: unknown) => error instanceof DailyCapError || error instanceof RequestLimitError;

/**
 * `POST /api/feedback`: validates a vote and stores it, updating the visitor's earlier vote
 * on the same article or entry. The answer is sent only after the database has committed it.
 * On PostgreSQL the address's per-minute limit is counted by the same statement that stores
 * the vote (one round trip); on SQLite it is kept in the process, before the write.
 * @throws HttpError with the status the feedback API contract lists; DatabaseUnavailableError (503)
 */
export async function handleVoteRequest(request: Request): Promise<{ id: number; updated: boolean }> {
  const now = new Date();
  const deadline = createDeadline(STORAGE_DEADLINE_MS);
  const { body, requester } = await admit(request, now);
  const parsed = parseVote(body);
  if (!parsed.ok) throw new HttpError(422, 'Invalid fields.', parsed.fields);
  assertKnownArticle(parsed.vote.locale, parsed.vote.articleId, parsed.vote.anchor);
  refuse(getFeedbackContext().processLimiter.consume('all'));
  const db = await runWrite(deadline, getFeedbackDatabase);
  const limits: VoteLimits = { addressHash: requester.address, dailyCap: getEnv().FEEDBACK_DAILY_VOTE_CAP, deadline };
  if (getDatabaseInfo(db).dialect === 'postgres') {
    limits.requestLimit = { bucket: rateLimitBucket('votes', requester.address), limit: ADDRESS_LIMITS.votes, windowMs: ADDRESS_LIMIT_WINDOW_MS };
    pruneRateLimitsNowAndThen(db, now.getTime(), ADDRESS_LIMIT_WINDOW_MS);
  } else {
    refuse(await getAddressLimiters(db).votes.consume(requester.address, now));
  }
  try {
    const result = await runWrite(deadline, () => recordVote(db, parsed.vote, requester.visitor, now, limits), isRefusal, { race: false });
    return { id: result.id, updated: !result.created };
  } catch (error) {
    if (isRefusal(error)) {
      throw new HttpError(429, error.message, {}, { 'Retry-After': String(error.retryAfterSeconds) });
    }
    throw error;
  }
}

/** `POST /api/search-events`: stores a settled search, or which result it led to. */
export async function handleSearchEventRequest(request: Request): Promise<{ id: number }> {
  const now = new Date();
  const deadline = createDeadline(STORAGE_DEADLINE_MS);
  const { body, requester } = await admit(request, now);
  const parsed = parseSearchEvent(body);
  if (!parsed.ok) throw new HttpError(422, 'Invalid fields.', parsed.fields);
  if (!isSiteLocale(parsed.event.locale)) throw new HttpError(404, 'Unknown locale.', { locale: `"${parsed.event.locale}" is not a language of this help center` });
  if (parsed.event.opened) assertKnownArticle(parsed.event.locale, parsed.event.opened.articleId, parsed.event.opened.anchor);
  const db = await openAndLimit(deadline, requester.address, 'searches', now);
  const result = await runWrite(deadline, () => recordSearchEvent(db, parsed.event, requester.visitor, now));
  if (!result) throw new HttpError(409, 'This search belongs to another visitor.', { searchId: 'generate a new searchId' });
  return { id: result.id };
}
