import type { Locale } from './locales';

/** The error screen's title alone: the boundaries keep it in every page's script for when the screen's chunk cannot load. */
export const ERROR_TITLES: Record<Locale, string> = { en: 'Something went wrong', 'zh-Hant': '發生錯誤', 'zh-Hans': '出错了' };
