/*
 * Deterministic mixed votes for load tests: every article of the build's manifest in every
 * locale, FAQ entries and headings as anchors, Yes and No with reasons, comments with emoji and
 * Chinese, queries and sources, each from a simulated visitor (own X-Forwarded-For and
 * User-Agent). Request `i` always gets the same vote, so results can be checked afterwards.
 */
import { readFileSync } from 'node:fs';
import { MANIFEST_FILE } from '@/lib/content/paths';
import type { ContentManifest } from '@/lib/content/types';
import { VOTE_REASONS, VOTE_SOURCES } from '@/lib/feedback/vote-options';
import { createRandom } from './random';

/** Body of `POST /api/feedback`, as the README's Feedback section describes it. */
export interface VoteBody {
  articleId: string;
  locale: string;
  resolved: boolean;
  reason?: string;
  comment?: string;
  query?: string;
  source?: string;
  anchor?: string;
}

/** One planned request: who sends it (as the server will see them) and what they vote. */
export interface PlannedVote {
  index: number;
  /** Client address: the right-most entry of `forwardedFor`. */
  address: string;
  forwardedFor: string;
  userAgent: string;
  body: VoteBody;
  /** Set when this vote changes the mind of the visitor of request `changesMindOf`. */
  changesMindOf?: number;
}

type VotePlace = Pick<VoteBody, 'articleId' | 'locale' | 'anchor'>;

interface VoteTarget {
  articleId: string;
  locale: string;
  faqAnchors: string[];
  headingAnchors: string[];
}

/*
 * Comments the server stores unchanged (already NFC, no invisible characters, nothing that
 * looks like personal data), so the check can compare them byte for byte.
 */
const COMMENTS = [
  'Worked after I cleared the cache 👍',
  'The button is now called Security 🔒',
  '步驟三的截圖是舊版的 😕',
  '第二步找不到这个按钮，能更新一下吗？🙏',
  '謝謝，問題解決了 🎉',
  'Still crashes on Android 14 🤔',
  'Two lines:\nthe 👩‍💻 icon is gone and 中文 labels are cut off',
  'Ça ne marche pas 👎🏽',
  '<b>not bold</b> & "quotes" \'; DROP TABLE votes; --',
];
const QUERIES: Record<string, string[]> = {
  en: ['reset password', 'two factor', 'export data', 'invoice', 'clock in'],
  'zh-Hant': ['重設密碼', '雙重驗證', '匯出資料', '發票'],
  'zh-Hans': ['重置密码', '双重验证', '导出数据', '发票'],
};
const BROWSERS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
];

/** Every 8th request is a visitor changing their mind about the vote of 203 requests earlier. */
const CHANGE_OF_MIND_EVERY = 8;
const CHANGE_OF_MIND_GAP = 203; // not a multiple of 8, so the earlier vote is a first vote

function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new RangeError('pick: empty list');
  return item;
}

function readTargets(): VoteTarget[] {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as ContentManifest;
  // Anchors are checked against the article as shown in its own locale.
  return manifest.articles.map((article) => ({
    articleId: article.id,
    locale: article.locale,
    faqAnchors: article.faqs.map((faq) => faq.id),
    headingAnchors: article.headings.map((heading) => heading.slug),
  }));
}

/** Visitor `n` as the server sees it: a distinct address (IPv4 or IPv6) and user agent. */
function describeVisitor(n: number): Pick<PlannedVote, 'address' | 'forwardedFor' | 'userAgent'> {
  // Each IPv6 visitor in a /64 of their own: limits count an IPv6 client by its /64.
  const address = n % 5 === 0 ? `2001:db8:${((n >>> 16) & 0xffff).toString(16)}:${(n & 0xffff).toString(16)}::1` : `10.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
  // Some requests pass through a second proxy; only the right-most entry is the client.
  const forwardedFor = n % 3 === 0 ? `203.0.113.${n % 256}, ${address}` : address;
  return { address, forwardedFor, userAgent: `${BROWSERS[n % BROWSERS.length]} visitor/${n}` };
}

/** The whole article (40%), one of its FAQ entries (35%) or one of its headings (25%). */
function planPlace(rand: () => number, target: VoteTarget): VotePlace {
  const place: VotePlace = { articleId: target.articleId, locale: target.locale };
  const draw = rand();
  if (draw < 0.35 && target.faqAnchors.length > 0) place.anchor = pick(rand, target.faqAnchors);
  else if (draw < 0.6 && target.headingAnchors.length > 0) place.anchor = pick(rand, target.headingAnchors);
  return place;
}

function planAnswer(rand: () => number, place: VotePlace, resolved: boolean): VoteBody {
  const body: VoteBody = { ...place, resolved };
  if (!body.resolved && rand() < 0.8) body.reason = pick(rand, VOTE_REASONS);
  if (rand() < (body.resolved ? 0.2 : 0.5)) body.comment = pick(rand, COMMENTS);
  if (rand() < 0.5) body.query = pick(rand, QUERIES[place.locale] ?? QUERIES.en ?? []);
  if (rand() < 0.8) body.source = pick(rand, VOTE_SOURCES);
  return body;
}

/**
 * Returns a function giving the vote of request `index`: visitor `index % visitors` on a random
 * article, anchor and answer; except every 8th request, where the visitor of 203 requests
 * earlier changes their mind (same article and anchor, the other answer), which the server must
 * store as an update of the same row. Reads the build's manifest (`.contentlayer/resolve/manifest.json`).
 */
export function createVotePlan(options: { visitors: number; seed?: number }): (index: number) => PlannedVote {
  const targets = readTargets();
  if (targets.length === 0) throw new Error(`${MANIFEST_FILE} lists no articles: run \`npm run build\` first.`);
  const seed = options.seed ?? 1;
  const planFirstVote = (index: number): PlannedVote => {
    const rand = createRandom(Math.imul(index + 1, 0x9e3779b1) ^ seed);
    const body = planAnswer(rand, planPlace(rand, pick(rand, targets)), rand() < 0.6);
    return { index, ...describeVisitor(index % options.visitors), body };
  };
  return (index) => {
    if (index % CHANGE_OF_MIND_EVERY !== CHANGE_OF_MIND_EVERY - 1 || index < CHANGE_OF_MIND_GAP) return planFirstVote(index);
    const earlier = planFirstVote(index - CHANGE_OF_MIND_GAP);
    const { articleId, locale, anchor } = earlier.body;
    const rand = createRandom(Math.imul(index + 1, 0x85ebca6b) ^ seed);
    const body = planAnswer(rand, { articleId, locale, anchor }, !earlier.body.resolved);
    return { ...earlier, index, body, changesMindOf: earlier.index };
  };
}

/** Headers of a planned vote's request. */
export function voteHeaders(vote: PlannedVote): Record<string, string> {
  return { 'content-type': 'application/json', 'x-forwarded-for': vote.forwardedFor, 'user-agent': vote.userAgent };
}
