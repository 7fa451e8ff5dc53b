/** The languages of the web app: Vietnamese first, English on request. */
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const DEFAULT_LOCALE: Locale = 'vi';

/** The BCP 47 tag Intl formats with: dd/mm/yyyy in both languages. */
export function intlTag(locale: Locale): string {
  return locale === 'vi' ? 'vi-VN' : 'en-GB';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'vi' || value === 'en';
}
