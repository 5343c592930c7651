import { describe, expect, it } from 'vitest';
import { buildChineseCharMap } from '@/lib/search/build-char-map';
import { createFolder } from '@/lib/search/fold';
import { stemWord } from '@/lib/search/stem';
import { tokenizeFolded, tokenizeText } from '@/lib/search/tokenize';

const fold = createFolder(buildChineseCharMap());
const terms = (text: string) => tokenizeText(text, fold).map((token) => token.term);

describe('search tokenizing', () => {
  it('stems inflected English words to one term', () => {
    expect(new Set(terms('invite invites invited inviting')).size).toBe(1);
    expect(new Set(terms('cancel cancelled canceled cancels')).size).toBe(1);
    expect(new Set(terms('month months monthly')).size).toBe(1);
    expect(stemWord('policies')).toBe(stemWord('policy'));
  });

  it('keeps numbers and splits on hyphens', () => {
    expect(terms('14-day trial, 2FA')).toEqual(['14', 'day', 'trial', '2fa']);
  });

  it('drops apostrophes inside words', () => {
    expect(terms("can't see the manager's shifts")).toEqual(['cant', 'see', 'the', 'manager', 'shift']);
  });

  it('splits Chinese runs into overlapping bigrams', () => {
    expect(terms('重設密碼')).toEqual(['重设', '设密', '密码']);
  });

  it('keeps a lone Chinese character as a unigram', () => {
    expect(terms('码')).toEqual(['码']);
  });

  it('splits mixed English and Chinese with or without a space', () => {
    expect(terms('iPhone 同步')).toEqual(terms('iPhone同步'));
    expect(terms('ｉＰｈｏｎｅ同步')).toEqual(['iphon', '同步']);
  });

  it('flags English stop words and Chinese question words', () => {
    const tokens = tokenizeText('How do I 忘记密码怎么办', fold);
    expect(tokens.filter((token) => token.stop).map((token) => token.term)).toEqual(['how', 'do', 'i', '怎么', '么办']);
  });

  it('reports offsets that slice the folded text', () => {
    const folded = fold('Reset 密碼 now');
    expect(tokenizeFolded(folded).map((token) => folded.slice(token.start, token.end))).toEqual(['reset', '密码', 'now']);
  });
});
