import { ERROR_STRINGS, type ErrorStrings } from './error-strings';
import type { Locale } from './locales';

export { format } from './format';

/** Every UI string Resolve shows; the content supplies the rest. */
export interface Dictionary extends ErrorStrings {
  skipToContent: string;
  home: string;
  breadcrumb: string;
  browseTopics: string;
  popularArticles: string;
  articleCount: string;
  updatedOn: string;
  onThisPage: string;
  relatedArticles: string;
  editThisPage: string;
  copyLink: string;
  linkCopied: string;
  copyFailed: string;
  fallbackNotice: string;
  language: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  notFoundTitle: string;
  notFoundBody: string;
  /** Plain-text answer to an address with broken percent-encoding (400). */
  badAddress: string;
  contactSupport: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchSubmit: string;
  articlesInTopic: string;
  faqEntryLink: string;
  mainNavigation: string;
  footerNote: string;
  heroTitle: string;
  fallbackBadge: string;
  calloutInfo: string;
  calloutTip: string;
  calloutWarning: string;
  articlesInSection: string;
  previousArticle: string;
  nextArticle: string;
  morePages: string;
  copyCustomerLink: string;
  copyCustomerLinkTo: string;
  customerLinkCopied: string;
  copyCode: string;
  codeCopied: string;
  copyCodeFailed: string;
  openImage: string;
  closeImage: string;
}

const en: Dictionary = {
  skipToContent: 'Skip to content',
  home: 'Home',
  breadcrumb: 'Breadcrumb',
  browseTopics: 'Browse by topic',
  popularArticles: 'Popular articles',
  articleCount: '{count} articles',
  updatedOn: 'Updated {date}',
  onThisPage: 'On this page',
  relatedArticles: 'Related articles',
  editThisPage: 'Edit this page',
  copyLink: 'Copy link to “{title}”',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy the link',
  fallbackNotice: 'This article is not available in {language} yet. You are reading the {fallback} version.',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'Theme: system',
  themeLight: 'Theme: light',
  themeDark: 'Theme: dark',
  notFoundTitle: 'Page not found',
  notFoundBody: 'We could not find that page. It may have moved. Search for what you need or browse the topics below.',
  badAddress: 'Bad request: the address contains invalid percent-encoding (a "%" must be followed by two hex digits).',
  ...ERROR_STRINGS.en,
  contactSupport: 'Contact support',
  searchLabel: 'Search the help center',
  searchPlaceholder: 'Describe your problem…',
  searchSubmit: 'Search',
  articlesInTopic: 'Articles in this topic',
  faqEntryLink: 'Link to this question',
  mainNavigation: 'Main',
  footerNote: 'Can’t find an answer?',
  heroTitle: 'How can we help?',
  fallbackBadge: 'In {language}',
  calloutInfo: 'Note',
  calloutTip: 'Tip',
  calloutWarning: 'Warning',
  articlesInSection: 'Articles in this section',
  previousArticle: 'Previous',
  nextArticle: 'Next',
  morePages: 'More articles in this section',
  copyCustomerLink: 'Copy link for a customer',
  copyCustomerLinkTo: 'Copy link to “{title}” for a customer',
  customerLinkCopied: 'Short link copied: it opens in the customer’s language',
  copyCode: 'Copy code',
  codeCopied: 'Copied',
  copyCodeFailed: 'Could not copy',
  openImage: 'Open larger image: {alt}',
  closeImage: 'Close',
};

const zhHant: Dictionary = {
  skipToContent: '跳至主要內容',
  home: '首頁',
  breadcrumb: '導覽路徑',
  browseTopics: '依主題瀏覽',
  popularArticles: '熱門文章',
  articleCount: '{count} 篇文章',
  updatedOn: '更新於 {date}',
  onThisPage: '本頁內容',
  relatedArticles: '相關文章',
  editThisPage: '編輯此頁',
  copyLink: '複製「{title}」的連結',
  linkCopied: '已複製連結',
  copyFailed: '無法複製連結',
  fallbackNotice: '本文尚無{language}版本，目前顯示的是 {fallback} 版本。',
  language: '語言',
  theme: '主題',
  themeSystem: '主題：跟隨系統',
  themeLight: '主題：淺色',
  themeDark: '主題：深色',
  notFoundTitle: '找不到頁面',
  notFoundBody: '找不到這個頁面，它可能已經搬移。請搜尋你需要的內容，或瀏覽下方的主題。',
  badAddress: '錯誤的請求：網址中的百分比編碼無效（「%」後面必須接兩個十六進位數字）。',
  ...ERROR_STRINGS['zh-Hant'],
  contactSupport: '聯絡客服',
  searchLabel: '搜尋說明中心',
  searchPlaceholder: '描述你遇到的問題…',
  searchSubmit: '搜尋',
  articlesInTopic: '此主題的文章',
  faqEntryLink: '此問題的連結',
  mainNavigation: '主選單',
  footerNote: '找不到答案嗎？',
  heroTitle: '需要什麼協助？',
  fallbackBadge: '{language}',
  calloutInfo: '注意',
  calloutTip: '提示',
  calloutWarning: '警告',
  articlesInSection: '本節文章',
  previousArticle: '上一篇',
  nextArticle: '下一篇',
  morePages: '本節的其他文章',
  copyCustomerLink: '複製給客戶的連結',
  copyCustomerLinkTo: '複製「{title}」給客戶的連結',
  customerLinkCopied: '已複製短連結，會以客戶的語言開啟',
  copyCode: '複製程式碼',
  codeCopied: '已複製',
  copyCodeFailed: '無法複製',
  openImage: '放大圖片：{alt}',
  closeImage: '關閉',
};

const zhHans: Dictionary = {
  skipToContent: '跳到主要内容',
  home: '首页',
  breadcrumb: '导航路径',
  browseTopics: '按主题浏览',
  popularArticles: '热门文章',
  articleCount: '{count} 篇文章',
  updatedOn: '更新于 {date}',
  onThisPage: '本页内容',
  relatedArticles: '相关文章',
  editThisPage: '编辑此页',
  copyLink: '复制“{title}”的链接',
  linkCopied: '已复制链接',
  copyFailed: '无法复制链接',
  fallbackNotice: '本文暂无{language}版本，当前显示的是 {fallback} 版本。',
  language: '语言',
  theme: '主题',
  themeSystem: '主题：跟随系统',
  themeLight: '主题：浅色',
  themeDark: '主题：深色',
  notFoundTitle: '页面不存在',
  notFoundBody: '找不到这个页面，它可能已被移动。请搜索你需要的内容，或浏览下方的主题。',
  badAddress: '错误的请求：网址中的百分号编码无效（“%”后面必须跟两个十六进制数字）。',
  ...ERROR_STRINGS['zh-Hans'],
  contactSupport: '联系客服',
  searchLabel: '搜索帮助中心',
  searchPlaceholder: '描述你遇到的问题…',
  searchSubmit: '搜索',
  articlesInTopic: '此主题下的文章',
  faqEntryLink: '此问题的链接',
  mainNavigation: '主菜单',
  footerNote: '没有找到答案？',
  heroTitle: '需要什么帮助？',
  fallbackBadge: '{language}',
  calloutInfo: '注意',
  calloutTip: '提示',
  calloutWarning: '警告',
  articlesInSection: '本节文章',
  previousArticle: '上一篇',
  nextArticle: '下一篇',
  morePages: '本节的其他文章',
  copyCustomerLink: '复制给客户的链接',
  copyCustomerLinkTo: '复制“{title}”给客户的链接',
  customerLinkCopied: '已复制短链接，会以客户的语言打开',
  copyCode: '复制代码',
  codeCopied: '已复制',
  copyCodeFailed: '无法复制',
  openImage: '放大图片：{alt}',
  closeImage: '关闭',
};

const dictionaries: Record<Locale, Dictionary> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The UI strings of a locale. */
export function getDictionary(locale: Locale): Dictionary {
  return dictionaries[locale];
}

/** A date (YYYY-MM-DD) written the way readers of `locale` expect. */
export function formatDate(date: string, locale: Locale): string {
  const tag = locale === 'en' ? 'en-US' : locale === 'zh-Hant' ? 'zh-TW' : 'zh-CN';
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
