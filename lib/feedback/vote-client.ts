/* Browser side of voting: sends votes to /api/feedback and remembers them in localStorage. */
import type { VoteReason, VoteSource } from './vote-options';

const VOTES_KEY = 'resolve:votes';

export interface RememberedVote {
  resolved: boolean;
  reason?: VoteReason;
}

export interface VoteRequest {
  articleId: string;
  locale: string;
  resolved: boolean;
  source: VoteSource;
  reason?: VoteReason;
  comment?: string;
  query?: string;
  anchor?: string;
  website?: string;
}

function voteKey(locale: string, articleId: string, anchor?: string): string {
  return `${locale}|${articleId}|${anchor ?? ''}`;
}

function readAll(): Record<string, RememberedVote> {
  try {
    return JSON.parse(localStorage.getItem(VOTES_KEY) ?? '{}') as Record<string, RememberedVote>;
  } catch {
    return {};
  }
}

/** The vote this browser cast on an article or FAQ entry, if any. */
export function recallVote(locale: string, articleId: string, anchor?: string): RememberedVote | undefined {
  return readAll()[voteKey(locale, articleId, anchor)];
}

/** Remembers a vote so the widget shows it on the next visit. */
export function rememberVote(locale: string, articleId: string, anchor: string | undefined, vote: RememberedVote): void {
  try {
    localStorage.setItem(VOTES_KEY, JSON.stringify({ ...readAll(), [voteKey(locale, articleId, anchor)]: vote }));
  } catch {
    // Storage blocked: the vote still counts on the server.
  }
}

/** Posts a vote; the server updates the visitor's earlier vote rather than adding one. */
export async function sendVote(vote: VoteRequest): Promise<'ok' | 'rate-limited' | 'failed'> {
  try {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(vote),
    });
    if (response.status === 201) return 'ok';
    return response.status === 429 ? 'rate-limited' : 'failed';
  } catch {
    return 'failed';
  }
}
