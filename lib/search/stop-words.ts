// Function words that say nothing about which article answers a question.
// Kept short on purpose: "not", "off", "out" and "can't" carry meaning in help
// queries ("notifications not arriving", "turn off", "locked out", "sign up").
const STOP_WORDS = new Set(
  (
    'a about after again am an and any are as at be been before being both but by can could did do does doing ' +
    'during each for from further had has have having he her here hers him his how i if in into is it its itself ' +
    'just me more most my myself no nor of on once only or other our ours over own same she should so some such ' +
    'than that the their theirs them then there these they this those through to too under until up very was we ' +
    'were what when where which while who whom why will with would you your yours yourself im ive id youre ' +
    'dont didnt doesnt isnt arent wasnt werent havent hasnt please'
  ).split(' '),
);

// The Chinese counterpart: question words and pronouns, as folded (Simplified)
// bigrams. 怎么办 in "忘记密码怎么办" should not pull in every FAQ question that
// ends in 怎么办.
const CJK_STOP_BIGRAMS = new Set(
  '怎么 么办 怎样 如何 什么 为什 么样 哪里 在哪 哪儿 是否 我的 我们 你的 一下 请问 可以 的话 了吗 怎么样'.split(' '),
);

/** Whether a folded Latin word is an English stop word. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Whether a folded CJK bigram is a question word or pronoun that says nothing about the topic. */
export function isCjkStopBigram(bigram: string): boolean {
  return CJK_STOP_BIGRAMS.has(bigram);
}
