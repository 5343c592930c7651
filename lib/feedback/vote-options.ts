/** Why a visitor said an article did not solve their problem. */
export const VOTE_REASONS = ['outdated', 'unclear', 'incomplete', 'wrong', 'other'] as const;
export type VoteReason = (typeof VOTE_REASONS)[number];

/** How the visitor reached the article: the dashboard compares resolution per source. */
export const VOTE_SOURCES = ['search', 'support', 'related', 'direct'] as const;
export type VoteSource = (typeof VOTE_SOURCES)[number];
