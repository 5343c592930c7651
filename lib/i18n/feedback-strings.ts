import type { Locale } from './locales';

/** UI strings of the "did this solve your problem?" widget. */
export interface FeedbackStrings {
  question: string;
  faqQuestion: string;
  yes: string;
  no: string;
  thanks: string;
  whyNot: string;
  reasons: { outdated: string; unclear: string; incomplete: string; wrong: string; other: string };
  commentLabel: string;
  commentHint: string;
  send: string;
  sending: string;
  sent: string;
  stillNeedHelp: string;
  answeredYes: string;
  answeredNo: string;
  change: string;
  failed: string;
  tooMany: string;
  honeypot: string;
  /** Shown under the vote once an article has enough votes: {helpful} of {total}. */
  helpfulCount: string;
}

const en: FeedbackStrings = {
  question: 'Did this solve your problem?',
  faqQuestion: 'Did this answer help?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thanks! We’re glad it helped.',
  whyNot: 'Sorry about that. What went wrong?',
  reasons: { outdated: 'It’s out of date', unclear: 'It’s hard to understand', incomplete: 'Something is missing', wrong: 'It’s wrong', other: 'Something else' },
  commentLabel: 'Tell us more (optional)',
  commentHint: 'Please don’t include passwords or personal details.',
  send: 'Send',
  sending: 'Sending…',
  sent: 'Thanks for telling us. We read every answer.',
  stillNeedHelp: 'Still need help?',
  answeredYes: 'You said this solved your problem.',
  answeredNo: 'You said this didn’t solve your problem.',
  change: 'Change your answer',
  failed: 'Your answer could not be sent. Please try again.',
  tooMany: 'Too many answers in a short time. Please try again in a minute.',
  honeypot: 'Leave this field empty',
  helpfulCount: '{helpful} of {total} people found this helpful',
};

const zhHant: FeedbackStrings = {
  question: '這篇文章有解決你的問題嗎？',
  faqQuestion: '這個回答有幫助嗎？',
  yes: '有',
  no: '沒有',
  thanks: '謝謝！很高興能幫上忙。',
  whyNot: '很抱歉。哪裡有問題呢？',
  reasons: { outdated: '內容已過時', unclear: '看不太懂', incomplete: '缺少資訊', wrong: '內容有誤', other: '其他原因' },
  commentLabel: '補充說明（選填）',
  commentHint: '請勿填寫密碼或個人資料。',
  send: '送出',
  sending: '傳送中…',
  sent: '感謝你的回饋，我們會仔細閱讀每一則意見。',
  stillNeedHelp: '還需要協助嗎？',
  answeredYes: '你表示這篇文章解決了你的問題。',
  answeredNo: '你表示這篇文章沒有解決你的問題。',
  change: '修改回答',
  failed: '無法送出你的回答，請再試一次。',
  tooMany: '短時間內送出太多次，請一分鐘後再試。',
  honeypot: '請勿填寫此欄位',
  helpfulCount: '{total} 人中有 {helpful} 人覺得這篇文章有幫助',
};

const zhHans: FeedbackStrings = {
  question: '这篇文章解决了你的问题吗？',
  faqQuestion: '这个回答有帮助吗？',
  yes: '是',
  no: '否',
  thanks: '谢谢！很高兴能帮到你。',
  whyNot: '很抱歉。问题出在哪里？',
  reasons: { outdated: '内容已过时', unclear: '看不太懂', incomplete: '缺少信息', wrong: '内容有误', other: '其他原因' },
  commentLabel: '补充说明（选填）',
  commentHint: '请勿填写密码或个人信息。',
  send: '提交',
  sending: '正在提交…',
  sent: '感谢你的反馈，我们会认真阅读每一条意见。',
  stillNeedHelp: '还需要帮助吗？',
  answeredYes: '你表示这篇文章解决了你的问题。',
  answeredNo: '你表示这篇文章没有解决你的问题。',
  change: '修改回答',
  failed: '无法提交你的回答，请重试。',
  tooMany: '短时间内提交次数过多，请一分钟后再试。',
  honeypot: '请勿填写此栏',
  helpfulCount: '{total} 人中有 {helpful} 人觉得这篇文章有帮助',
};

const strings: Record<Locale, FeedbackStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The feedback widget's strings in a locale. */
export function getFeedbackStrings(locale: Locale): FeedbackStrings {
  return strings[locale];
}

/** What the widget shows before its code loads: the question, Yes / No and the helpful count. */
export type FeedbackAskStrings = Pick<FeedbackStrings, 'question' | 'faqQuestion' | 'yes' | 'no' | 'helpfulCount'>;

/**
 * Only the strings the page's HTML needs; the panel loaded on intent reads the rest itself, so
 * they are not repeated in every article's RSC payload.
 */
export function getFeedbackAskStrings(locale: Locale): FeedbackAskStrings {
  const { question, faqQuestion, yes, no, helpfulCount } = strings[locale];
  return { question, faqQuestion, yes, no, helpfulCount };
}
