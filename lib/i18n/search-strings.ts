import type { Locale } from './locales';

/** UI strings of the search box and the search page. */
export interface SearchStrings {
  label: string;
  placeholder: string;
  submit: string;
  shortcutHint: string;
  resultsLabel: string;
  suggestionsLabel: string;
  resultCount: string;
  resultCountOne: string;
  noResults: string;
  noResultsHint: string;
  /** Marks a result found through the English index but shown as its translation. */
  matchedInEnglish: string;
  /** Heading of English articles that have no translation in the page's language. */
  resultsInEnglish: string;
  /** Status when only articles of another language matched: `{query}`. */
  onlyInEnglish: string;
  /** Heading of the hits below the confidence threshold, shown only when nothing better was found. */
  weakMatches: string;
  /** Badge on each of those hits. */
  weakMatch: string;
  /** Label of the inline answer from an FAQ entry. */
  answerLabel: string;
  answerLink: string;
  suggested: string;
  contactWithQuery: string;
  searching: string;
  /** The phone search view's close button. */
  close: string;
  /** The search page without JavaScript: how to find an answer anyway. */
  noScript: string;
  allResults: string;
  allTopics: string;
  topicFilter: string;
  pageTitle: string;
  pageTitleWithQuery: string;
  loadFailed: string;
  typeMore: string;
}

const en: SearchStrings = {
  label: 'Search the help center',
  placeholder: 'Describe your problem…',
  submit: 'Search',
  shortcutHint: 'Press / or Ctrl+K to search',
  resultsLabel: 'Search results',
  suggestionsLabel: 'Suggested answers',
  resultCount: '{count} articles found',
  resultCountOne: '1 article found',
  noResults: 'No articles match “{query}”.',
  noResultsHint: 'Try other words, or start from one of these popular articles.',
  matchedInEnglish: 'Matched in English',
  resultsInEnglish: 'Results in English',
  onlyInEnglish: 'No articles in this language match “{query}”; these English articles do.',
  weakMatches: 'Weak matches: these may not answer your question',
  weakMatch: 'Weak match',
  answerLabel: 'Answer',
  answerLink: 'Read the full answer',
  suggested: 'Popular articles',
  contactWithQuery: 'Ask our support team about this',
  searching: 'Searching…',
  close: 'Close',
  noScript: 'Search runs in your browser and needs JavaScript, which is turned off. Turn it on and search again, or find your answer by topic:',
  allResults: 'See all results for “{query}”',
  allTopics: 'All topics',
  topicFilter: 'Topic',
  pageTitle: 'Search',
  pageTitleWithQuery: 'Results for “{query}”',
  loadFailed: 'Search is not available right now. Please reload the page.',
  typeMore: 'Type a few more characters.',
};

const zhHant: SearchStrings = {
  label: '搜尋說明中心',
  placeholder: '描述你遇到的問題…',
  submit: '搜尋',
  shortcutHint: '按 / 或 Ctrl+K 開始搜尋',
  resultsLabel: '搜尋結果',
  suggestionsLabel: '建議的解答',
  resultCount: '找到 {count} 篇文章',
  resultCountOne: '找到 1 篇文章',
  noResults: '找不到符合「{query}」的文章。',
  noResultsHint: '試試其他字詞，或從下面的熱門文章開始。',
  matchedInEnglish: '以英文比對到',
  resultsInEnglish: '英文文章',
  onlyInEnglish: '沒有中文文章符合「{query}」，以下英文文章符合。',
  weakMatches: '相關度較低：這些文章可能無法回答你的問題',
  weakMatch: '相關度低',
  answerLabel: '解答',
  answerLink: '閱讀完整解答',
  suggested: '熱門文章',
  contactWithQuery: '向客服詢問這個問題',
  searching: '搜尋中…',
  close: '關閉',
  noScript: '搜尋在你的瀏覽器中執行，需要 JavaScript，但目前已關閉。請開啟後再搜尋一次，或依主題尋找解答：',
  allResults: '查看「{query}」的所有結果',
  allTopics: '所有主題',
  topicFilter: '主題',
  pageTitle: '搜尋',
  pageTitleWithQuery: '「{query}」的搜尋結果',
  loadFailed: '目前無法使用搜尋功能，請重新載入頁面。',
  typeMore: '請再多輸入幾個字。',
};

const zhHans: SearchStrings = {
  label: '搜索帮助中心',
  placeholder: '描述你遇到的问题…',
  submit: '搜索',
  shortcutHint: '按 / 或 Ctrl+K 开始搜索',
  resultsLabel: '搜索结果',
  suggestionsLabel: '推荐的解答',
  resultCount: '找到 {count} 篇文章',
  resultCountOne: '找到 1 篇文章',
  noResults: '没有找到与“{query}”相关的文章。',
  noResultsHint: '试试其他关键词，或从下面的热门文章开始。',
  matchedInEnglish: '通过英文匹配',
  resultsInEnglish: '英文文章',
  onlyInEnglish: '没有中文文章与“{query}”相关，以下英文文章相关。',
  weakMatches: '相关度较低：这些文章可能无法回答你的问题',
  weakMatch: '相关度低',
  answerLabel: '解答',
  answerLink: '阅读完整解答',
  suggested: '热门文章',
  contactWithQuery: '向客服咨询这个问题',
  searching: '正在搜索…',
  close: '关闭',
  noScript: '搜索在你的浏览器中运行，需要 JavaScript，但目前已关闭。请开启后再搜索一次，或按主题查找解答：',
  allResults: '查看“{query}”的全部结果',
  allTopics: '全部主题',
  topicFilter: '主题',
  pageTitle: '搜索',
  pageTitleWithQuery: '“{query}”的搜索结果',
  loadFailed: '搜索功能暂时无法使用，请刷新页面。',
  typeMore: '请再多输入几个字。',
};

const strings: Record<Locale, SearchStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The search UI's strings in a locale. */
export function getSearchStrings(locale: Locale): SearchStrings {
  return strings[locale];
}

/** What the search box shows before its panel loads (the panel brings the rest). */
export type SearchBoxStrings = Pick<SearchStrings, 'label' | 'placeholder' | 'submit' | 'close'>;

/** Only the search box's own strings, so the rest is not repeated in every page's RSC payload. */
export function getSearchBoxStrings(locale: Locale): SearchBoxStrings {
  const { label, placeholder, submit, close } = strings[locale];
  return { label, placeholder, submit, close };
}
