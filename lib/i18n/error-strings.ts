import { ERROR_TITLES } from './error-titles';
import type { Locale } from './locales';

/**
 * What the error screen says. It is a client chunk, so it imports these few strings rather than
 * the whole dictionary (which spreads them in).
 */
export interface ErrorStrings {
  errorTitle: string;
  errorBody: string;
  tryAgain: string;
  goHome: string;
}

export const ERROR_STRINGS: Record<Locale, ErrorStrings> = {
  en: {
    errorTitle: ERROR_TITLES.en,
    errorBody: 'This page could not be shown. Please try again in a moment.',
    tryAgain: 'Try again',
    goHome: 'Go to the help center home',
  },
  'zh-Hant': {
    errorTitle: ERROR_TITLES['zh-Hant'],
    errorBody: '目前無法顯示此頁面，請稍後再試一次。',
    tryAgain: '再試一次',
    goHome: '前往說明中心首頁',
  },
  'zh-Hans': {
    errorTitle: ERROR_TITLES['zh-Hans'],
    errorBody: '暂时无法显示此页面，请稍后再试。',
    tryAgain: '重试',
    goHome: '返回帮助中心首页',
  },
};
