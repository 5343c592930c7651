/** UI languages Resolve ships a dictionary for. site.yml may enable any subset of them. */
export const SUPPORTED_LOCALES = ['en', 'zh-Hant', 'zh-Hans'] as const;

export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** True when `value` is a locale Resolve has a UI dictionary for. */
export function isSupportedLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

/** Native names, shown in the language switcher whatever the page language is. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
};

/** BCP 47 tags for OpenGraph and date formatting. */
export const LOCALE_REGION_TAGS: Record<Locale, string> = {
  en: 'en_US',
  'zh-Hant': 'zh_TW',
  'zh-Hans': 'zh_CN',
};
