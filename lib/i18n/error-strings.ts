import type { Locale } from './locales';

/**
 * What the error boundaries say. They are client components that every page loads, so they
 * import these few strings rather than the whole dictionary (which spreads them in).
 */
export interface ErrorStrings {
  errorTitle: string;
  errorBody: string;
  tryAgain: string;
  goHome: string;
}

export const ERROR_STRINGS: Record<Locale, ErrorStrings> = {
  en: {
    errorTitle: 'Something went wrong',
    errorBody: 'This page could not be shown. Please try again in a moment.',
    tryAgain: 'Try again',
    goHome: 'Go to the help center home',
  },
  'zh-Hant': {
    errorTitle: '發生錯誤',
    errorBody: '目前無法顯示此頁面，請稍後再試一次。',
    tryAgain: '再試一次',
    goHome: '前往說明中心首頁',
  },
  'zh-Hans': {
    errorTitle: '出错了',
    errorBody: '暂时无法显示此页面，请稍后再试。',
    tryAgain: '重试',
    goHome: '返回帮助中心首页',
  },
};
