import type { Locale } from './locales';

/** Labels of the contact channels shown under "Still need help?" and when a search finds nothing. */
export interface ContactStrings {
  heading: string;
  form: string;
  chat: string;
  email: string;
  phone: string;
  /** Announces what the form and chat receive. */
  handOver: string;
}

const en: ContactStrings = {
  heading: 'Contact support',
  form: 'Send us a message',
  chat: 'Chat with us',
  email: 'Email {address}',
  phone: 'Call {number}',
  handOver: 'We’ll pass on what you searched for and the articles you tried, so you don’t have to repeat it.',
};

const zhHant: ContactStrings = {
  heading: '聯絡客服',
  form: '傳送訊息給我們',
  chat: '線上交談',
  email: '寄信至 {address}',
  phone: '來電 {number}',
  handOver: '我們會一併轉交你搜尋的內容和你看過的文章，你不必再說明一次。',
};

const zhHans: ContactStrings = {
  heading: '联系客服',
  form: '给我们留言',
  chat: '在线聊天',
  email: '发邮件至 {address}',
  phone: '致电 {number}',
  handOver: '我们会一并转交你搜索的内容和你看过的文章，你不必再说明一遍。',
};

const strings: Record<Locale, ContactStrings> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };

/** The contact channels' labels in a locale. */
export function getContactStrings(locale: Locale): ContactStrings {
  return strings[locale];
}
