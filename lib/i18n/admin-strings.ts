import type { VoteReason, VoteSource } from '@/lib/feedback/vote-options';
import type { Locale } from './locales';

/** The moderation dashboard's own words. Placeholders in braces are filled with `format`. */
export interface AdminStrings {
  title: string;
  skipToContent: string;
  nav: { label: string; overview: string; articles: string; comments: string; searches: string; review: string; links: string };
  newCount: string;
  signOut: string;
  language: string;
  change: string;
  login: { title: string; password: string; submit: string; wrong: string; tooMany: string; intro: string };
  filters: { label: string; period: string; days: string; from: string; to: string; locale: string; allLocales: string; apply: string; category: string; allCategories: string; sort: string; state: string; allStates: string; reason: string; allReasons: string; article: string; allArticles: string; threshold: string };
  export: { label: string; votes: string; comments: string; searches: string };
  overview: {
    title: string;
    votes: string;
    rate: string;
    searches: string;
    zeroShare: string;
    yesShare: string;
    previous: string;
    votesChart: string;
    searchesChart: string;
    yesSeries: string;
    noSeries: string;
    rateSeries: string;
    searchSeries: string;
    zeroSeries: string;
    failing: string;
    zeroSearches: string;
    chartSummary: string;
  };
  none: string;
  notAvailable: string;
  columns: {
    article: string;
    category: string;
    votes: string;
    yes: string;
    no: string;
    rate: string;
    change: string;
    topReason: string;
    score: string;
    locale: string;
    entry: string;
    reason: string;
    comment: string;
    query: string;
    date: string;
    state: string;
    note: string;
    count: string;
    results: string;
    opened: string;
    source: string;
    owner: string;
    why: string;
    edit: string;
    select: string;
  };
  sorts: { fails: string; votes: string; rate: string; title: string };
  articles: { title: string; perLocale: string; perEntry: string; reasons: string; comments: string; searches: string; sources: string; live: string; shortLink: string; sourceFile: string; wholeArticle: string; scoreHint: string; notFound: string };
  comments: { title: string; markAs: string; notePlaceholder: string; apply: string; moderated: string; selectAll: string; selected: string; updated: string };
  states: { new: string; done: string; dismissed: string };
  searches: { title: string; top: string; zero: string; endingInNo: string; synonymLine: string; stub: string; zeroHint: string };
  review: { title: string; intro: string; overdue: string; outdated: string; missing: string; stale: string; untranslated: string };
  links: { title: string; bySource: string; mostShared: string; picker: string; pickerHint: string; findArticle: string; linkLanguage: string; customerLanguage: string; anchor: string; wholeArticle: string; copy: string; copied: string; copyFailed: string; link: string; supportNote: string };
  reasons: Record<VoteReason, string>;
  sources: Record<VoteSource | 'none', string>;
  theme: string;
}

const en: AdminStrings = {
  title: 'Resolve dashboard',
  skipToContent: 'Skip to content',
  nav: { label: 'Dashboard', overview: 'Overview', articles: 'Articles', comments: 'Comments', searches: 'Searches', review: 'Review queue', links: 'Support links' },
  newCount: '{count} new',
  signOut: 'Sign out',
  language: 'Dashboard language',
  change: 'Change',
  login: {
    title: 'Sign in to the dashboard',
    intro: 'The moderation dashboard shows what visitors said about the help center.',
    password: 'Password',
    submit: 'Sign in',
    wrong: 'That password is not right. Check it and try again.',
    tooMany: 'Too many failed attempts from your address. Try again in {minutes} minutes.',
  },
  filters: {
    label: 'Filters', period: 'Period', days: 'Last {count} days', from: 'From', to: 'To', locale: 'Language', allLocales: 'All languages', apply: 'Apply',
    category: 'Category', allCategories: 'All categories', sort: 'Sort by', state: 'State', allStates: 'All states', reason: 'Reason', allReasons: 'All reasons',
    article: 'Article', allArticles: 'All articles', threshold: '“Outdated” votes that list an article',
  },
  export: { label: 'Download CSV', votes: 'Votes (CSV)', comments: 'Comments (CSV)', searches: 'Searches (CSV)' },
  overview: {
    title: 'Overview',
    votes: 'Votes',
    rate: 'Resolution rate',
    searches: 'Searches',
    zeroShare: 'Searches with no results',
    yesShare: 'Searches that ended in a Yes',
    previous: 'Previous period: {value}',
    votesChart: 'Daily votes and resolution rate',
    searchesChart: 'Daily searches and no-result rate',
    yesSeries: 'Yes',
    noSeries: 'No',
    rateSeries: 'Resolution rate (%)',
    searchSeries: 'Searches',
    zeroSeries: 'No-result rate (%)',
    failing: 'Articles that fail most',
    zeroSearches: 'Searches that most often find nothing',
    chartSummary: '{days} days, {total} in all',
  },
  none: 'Nothing in this period.',
  notAvailable: '–',
  columns: {
    article: 'Article', category: 'Category', votes: 'Votes', yes: 'Yes', no: 'No', rate: 'Resolution', change: 'Change', topReason: 'Top reason', score: 'Failure score',
    locale: 'Language', entry: 'FAQ entry or heading', reason: 'Reason', comment: 'Comment', query: 'Search', date: 'Date', state: 'State', note: 'Note', count: 'Count',
    results: 'Results', opened: 'Opened', source: 'Source', owner: 'Owner', why: 'Why it is listed', edit: 'Edit', select: 'Select',
  },
  sorts: { fails: 'Fails most', votes: 'Most votes', rate: 'Lowest resolution', title: 'Title' },
  articles: {
    title: 'Articles', perLocale: 'By language', perEntry: 'By FAQ entry or heading', reasons: 'Reasons', comments: 'Comments', searches: 'Searches that led here', sources: 'By source',
    live: 'Live article', shortLink: 'Short link', sourceFile: 'Source file', wholeArticle: 'Whole article',
    scoreHint: 'Failure score: the Wilson lower bound of the share of No votes, so that a few votes do not outrank many.', notFound: 'No such article.',
  },
  comments: { title: 'Comments', markAs: 'Mark selected as', notePlaceholder: 'Note (optional)', apply: 'Apply', moderated: 'Moderated {date}', selectAll: 'Select all on this page', selected: 'Select comment {id}', updated: '{count} comments updated.' },
  states: { new: 'New', done: 'Done', dismissed: 'Dismissed' },
  searches: {
    title: 'Searches', top: 'Top searches', zero: 'Searches with no results', endingInNo: 'Searches whose opened article got a No',
    synonymLine: 'Line for content/synonyms.yml', stub: 'Front matter for a new article', zeroHint: 'Each search that found nothing is a content gap: add a synonym or write the article.',
  },
  review: {
    title: 'Review queue', intro: 'Articles that need a writer: overdue reviews, “outdated” votes in the period, and missing or older translations.',
    overdue: 'Review overdue since {date}', outdated: '{count} “outdated” votes in the period', missing: 'No {locale} translation', stale: '{locale} translation is older than the original', untranslated: '{locale} translation is not finished',
  },
  links: {
    title: 'Support links', bySource: 'Resolution by source', mostShared: 'Articles support agents share most', picker: 'Link picker',
    pickerHint: 'Short links survive renames and open in the customer’s language.', findArticle: 'Find an article', linkLanguage: 'Language', customerLanguage: 'The customer’s language',
    anchor: 'FAQ entry or heading', wholeArticle: 'The whole article', copy: 'Copy link', copied: 'Link copied', copyFailed: 'Could not copy; select the link and copy it.', link: 'Short link',
    supportNote: 'Counted from the votes of visits that arrived through a short link.',
  },
  reasons: { outdated: 'Outdated', unclear: 'Unclear', incomplete: 'Incomplete', wrong: 'Wrong', other: 'Other' },
  sources: { search: 'Search', support: 'Support link', related: 'Related article', direct: 'Direct', none: 'Not known' },
  theme: 'Theme',
};

const zhHant: AdminStrings = {
  title: 'Resolve 管理面板',
  skipToContent: '跳至主要內容',
  nav: { label: '管理面板', overview: '總覽', articles: '文章', comments: '意見', searches: '搜尋', review: '待審查', links: '客服連結' },
  newCount: '{count} 則新意見',
  signOut: '登出',
  language: '面板語言',
  change: '切換',
  login: {
    title: '登入管理面板',
    intro: '管理面板顯示訪客對說明中心的回饋。',
    password: '密碼',
    submit: '登入',
    wrong: '密碼不正確，請確認後再試一次。',
    tooMany: '您的位址登入失敗次數過多，請在 {minutes} 分鐘後再試。',
  },
  filters: {
    label: '篩選', period: '期間', days: '最近 {count} 天', from: '開始日期', to: '結束日期', locale: '語言', allLocales: '所有語言', apply: '套用',
    category: '分類', allCategories: '所有分類', sort: '排序', state: '狀態', allStates: '所有狀態', reason: '原因', allReasons: '所有原因',
    article: '文章', allArticles: '所有文章', threshold: '列入清單所需的「已過時」票數',
  },
  export: { label: '下載 CSV', votes: '投票（CSV）', comments: '意見（CSV）', searches: '搜尋（CSV）' },
  overview: {
    title: '總覽',
    votes: '投票數',
    rate: '解決率',
    searches: '搜尋次數',
    zeroShare: '沒有結果的搜尋',
    yesShare: '最後回答「有」的搜尋',
    previous: '前一期間：{value}',
    votesChart: '每日投票數與解決率',
    searchesChart: '每日搜尋次數與無結果比例',
    yesSeries: '有',
    noSeries: '沒有',
    rateSeries: '解決率（%）',
    searchSeries: '搜尋次數',
    zeroSeries: '無結果比例（%）',
    failing: '最常未能解決問題的文章',
    zeroSearches: '最常找不到結果的搜尋',
    chartSummary: '{days} 天，共 {total}',
  },
  none: '此期間沒有資料。',
  notAvailable: '–',
  columns: {
    article: '文章', category: '分類', votes: '投票數', yes: '有', no: '沒有', rate: '解決率', change: '變化', topReason: '主要原因', score: '失敗分數',
    locale: '語言', entry: '常見問題或標題', reason: '原因', comment: '意見', query: '搜尋', date: '日期', state: '狀態', note: '備註', count: '次數',
    results: '結果數', opened: '開啟比例', source: '來源', owner: '負責人', why: '列入原因', edit: '編輯', select: '選取',
  },
  sorts: { fails: '最常失敗', votes: '最多投票', rate: '解決率最低', title: '標題' },
  articles: {
    title: '文章', perLocale: '依語言', perEntry: '依常見問題或標題', reasons: '原因', comments: '意見', searches: '帶來訪客的搜尋', sources: '依來源',
    live: '線上文章', shortLink: '短連結', sourceFile: '原始檔案', wholeArticle: '整篇文章',
    scoreHint: '失敗分數：「沒有」票比例的 Wilson 下限，少數幾票不會排在大量投票之前。', notFound: '找不到這篇文章。',
  },
  comments: { title: '意見', markAs: '將選取項目標記為', notePlaceholder: '備註（選填）', apply: '套用', moderated: '{date} 已處理', selectAll: '選取本頁全部', selected: '選取意見 {id}', updated: '已更新 {count} 則意見。' },
  states: { new: '新的', done: '已完成', dismissed: '已略過' },
  searches: {
    title: '搜尋', top: '熱門搜尋', zero: '沒有結果的搜尋', endingInNo: '開啟的文章被回答「沒有」的搜尋',
    synonymLine: 'content/synonyms.yml 的一行', stub: '新文章的前置資料', zeroHint: '每個找不到結果的搜尋都是內容缺口：加入同義詞或撰寫文章。',
  },
  review: {
    title: '待審查', intro: '需要撰寫者處理的文章：逾期審查、期間內的「已過時」投票，以及缺少或較舊的翻譯。',
    overdue: '審查已於 {date} 逾期', outdated: '期間內有 {count} 票「已過時」', missing: '沒有 {locale} 翻譯', stale: '{locale} 翻譯比原文舊', untranslated: '{locale} 翻譯尚未完成',
  },
  links: {
    title: '客服連結', bySource: '依來源的解決率', mostShared: '客服最常分享的文章', picker: '連結產生器',
    pickerHint: '短連結在文章改名後依然有效，並以客戶的語言開啟。', findArticle: '尋找文章', linkLanguage: '語言', customerLanguage: '客戶的語言',
    anchor: '常見問題或標題', wholeArticle: '整篇文章', copy: '複製連結', copied: '已複製連結', copyFailed: '無法複製，請選取連結後手動複製。', link: '短連結',
    supportNote: '依透過短連結到達的訪客投票計算。',
  },
  reasons: { outdated: '已過時', unclear: '不清楚', incomplete: '不完整', wrong: '錯誤', other: '其他' },
  sources: { search: '搜尋', support: '客服連結', related: '相關文章', direct: '直接進入', none: '不明' },
  theme: '主題',
};

const zhHans: AdminStrings = {
  title: 'Resolve 管理面板',
  skipToContent: '跳到主要内容',
  nav: { label: '管理面板', overview: '概览', articles: '文章', comments: '意见', searches: '搜索', review: '待审查', links: '客服链接' },
  newCount: '{count} 条新意见',
  signOut: '退出登录',
  language: '面板语言',
  change: '切换',
  login: {
    title: '登录管理面板',
    intro: '管理面板显示访客对帮助中心的反馈。',
    password: '密码',
    submit: '登录',
    wrong: '密码不正确，请检查后重试。',
    tooMany: '您的地址登录失败次数过多，请在 {minutes} 分钟后重试。',
  },
  filters: {
    label: '筛选', period: '期间', days: '最近 {count} 天', from: '开始日期', to: '结束日期', locale: '语言', allLocales: '所有语言', apply: '应用',
    category: '分类', allCategories: '所有分类', sort: '排序', state: '状态', allStates: '所有状态', reason: '原因', allReasons: '所有原因',
    article: '文章', allArticles: '所有文章', threshold: '列入清单所需的“已过时”票数',
  },
  export: { label: '下载 CSV', votes: '投票（CSV）', comments: '意见（CSV）', searches: '搜索（CSV）' },
  overview: {
    title: '概览',
    votes: '投票数',
    rate: '解决率',
    searches: '搜索次数',
    zeroShare: '没有结果的搜索',
    yesShare: '最后回答“是”的搜索',
    previous: '上一期间：{value}',
    votesChart: '每日投票数与解决率',
    searchesChart: '每日搜索次数与无结果比例',
    yesSeries: '是',
    noSeries: '否',
    rateSeries: '解决率（%）',
    searchSeries: '搜索次数',
    zeroSeries: '无结果比例（%）',
    failing: '最常未能解决问题的文章',
    zeroSearches: '最常找不到结果的搜索',
    chartSummary: '{days} 天，共 {total}',
  },
  none: '此期间没有数据。',
  notAvailable: '–',
  columns: {
    article: '文章', category: '分类', votes: '投票数', yes: '是', no: '否', rate: '解决率', change: '变化', topReason: '主要原因', score: '失败分数',
    locale: '语言', entry: '常见问题或标题', reason: '原因', comment: '意见', query: '搜索', date: '日期', state: '状态', note: '备注', count: '次数',
    results: '结果数', opened: '打开比例', source: '来源', owner: '负责人', why: '列入原因', edit: '编辑', select: '选择',
  },
  sorts: { fails: '最常失败', votes: '最多投票', rate: '解决率最低', title: '标题' },
  articles: {
    title: '文章', perLocale: '按语言', perEntry: '按常见问题或标题', reasons: '原因', comments: '意见', searches: '带来访客的搜索', sources: '按来源',
    live: '线上文章', shortLink: '短链接', sourceFile: '源文件', wholeArticle: '整篇文章',
    scoreHint: '失败分数：“否”票比例的 Wilson 下限，少数几票不会排在大量投票之前。', notFound: '找不到这篇文章。',
  },
  comments: { title: '意见', markAs: '将所选项目标记为', notePlaceholder: '备注（可选）', apply: '应用', moderated: '{date} 已处理', selectAll: '选择本页全部', selected: '选择意见 {id}', updated: '已更新 {count} 条意见。' },
  states: { new: '新的', done: '已完成', dismissed: '已忽略' },
  searches: {
    title: '搜索', top: '热门搜索', zero: '没有结果的搜索', endingInNo: '打开的文章被回答“否”的搜索',
    synonymLine: 'content/synonyms.yml 的一行', stub: '新文章的前置数据', zeroHint: '每个找不到结果的搜索都是内容缺口：添加同义词或撰写文章。',
  },
  review: {
    title: '待审查', intro: '需要撰写者处理的文章：逾期审查、期间内的“已过时”投票，以及缺少或较旧的翻译。',
    overdue: '审查已于 {date} 逾期', outdated: '期间内有 {count} 票“已过时”', missing: '没有 {locale} 翻译', stale: '{locale} 翻译比原文旧', untranslated: '{locale} 翻译尚未完成',
  },
  links: {
    title: '客服链接', bySource: '按来源的解决率', mostShared: '客服最常分享的文章', picker: '链接生成器',
    pickerHint: '短链接在文章改名后依然有效，并以客户的语言打开。', findArticle: '查找文章', linkLanguage: '语言', customerLanguage: '客户的语言',
    anchor: '常见问题或标题', wholeArticle: '整篇文章', copy: '复制链接', copied: '已复制链接', copyFailed: '无法复制，请选择链接后手动复制。', link: '短链接',
    supportNote: '按通过短链接到达的访客投票计算。',
  },
  reasons: { outdated: '已过时', unclear: '不清楚', incomplete: '不完整', wrong: '错误', other: '其他' },
  sources: { search: '搜索', support: '客服链接', related: '相关文章', direct: '直接访问', none: '未知' },
  theme: '主题',
};

const strings: Record<Locale, AdminStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The dashboard's words in `locale`. */
export function getAdminStrings(locale: Locale): AdminStrings {
  return strings[locale];
}
