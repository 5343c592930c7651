import { getArticleById, isSiteLocale } from '@/lib/content/get-content';
import { getEnv } from '@/lib/env';
import { getFeedbackContext, getFeedbackDatabase, identifyVisitor } from './feedback-context';
import { HttpError } from './http-errors';
import { assertSameOrigin, getClientAddress, readJsonBody } from './read-request';
import type { RateLimiter } from './rate-limit';
import { recordSearchEvent, recordVote } from './record';
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

async function admit(request: Request, limiter: RateLimiter, now: Date): Promise<{ body: unknown; visitor: string }> {
  assertSameOrigin(request.headers, request.url, getEnv().SITE_URL);
  const body = await readJsonBody(request);
  const visitor = await identifyVisitor(getClientAddress(request.headers), request.headers.get('user-agent') ?? '', now);
  const perVisitor = limiter.consume(visitor);
  const verdict = perVisitor.allowed ? getFeedbackContext().processLimiter.consume('all') : perVisitor;
  if (!verdict.allowed) {
    throw new HttpError(429, 'Too many requests; try again later.', {}, { 'Retry-After': String(verdict.retryAfterSeconds) });
  }
  return { body, visitor };
}

/**
 * `POST /api/feedback`: validates a vote and stores it, updating the visitor's earlier vote
 * on the same article or entry. The answer is sent only after the database has committed it.
 * @throws HttpError with the status the feedback API contract lists
 */
export async function handleVoteRequest(request: Request): Promise<{ id: number; updated: boolean }> {
  const now = new Date();
  const { body, visitor } = await admit(request, getFeedbackContext().voteLimiter, now);
  const parsed = parseVote(body);
  if (!parsed.ok) throw new HttpError(422, 'Invalid fields.', parsed.fields);
  assertKnownArticle(parsed.vote.locale, parsed.vote.articleId, parsed.vote.anchor);
  const result = await recordVote(await getFeedbackDatabase(), parsed.vote, visitor, now);
  return { id: result.id, updated: !result.created };
}

/** `POST /api/search-events`: stores a settled search, or which result it led to. */
export async function handleSearchEventRequest(request: Request): Promise<{ id: number }> {
  const now = new Date();
  const { body, visitor } = await admit(request, getFeedbackContext().searchLimiter, now);
  const parsed = parseSearchEvent(body);
  if (!parsed.ok) throw new HttpError(422, 'Invalid fields.', parsed.fields);
  if (!isSiteLocale(parsed.event.locale)) throw new HttpError(404, 'Unknown locale.', { locale: `"${parsed.event.locale}" is not a language of this help center` });
  if (parsed.event.opened) assertKnownArticle(parsed.event.locale, parsed.event.opened.articleId, parsed.event.opened.anchor);
  const result = await recordSearchEvent(await getFeedbackDatabase(), parsed.event, visitor, now);
  if (!result) throw new HttpError(409, 'This search belongs to another visitor.', { searchId: 'generate a new searchId' });
  return { id: result.id };
}
