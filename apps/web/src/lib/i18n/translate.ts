import { vi, type MessageKey } from './messages.vi';
import { en } from './messages.en';
import { intlTag, type Locale } from './locale';

export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

const CATALOGUES: Record<Locale, Messages> = { vi, en };

/** Keys that have plural forms: `key.other` exists (and `key.one` where the language needs it). */
type PluralBase<K extends string> = K extends `${infer Base}.other` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

function fill(template: string, params: Params | undefined, locale: Locale): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(intlTag(locale)).format(value) : value;
  });
}

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** The plural form for `count` (`{count}` in the message is the number, formatted). */
  plural(key: PluralKey, count: number, params?: Params): string;
}

export function translator(locale: Locale): Translator {
  const messages = CATALOGUES[locale];
  const rules = new Intl.PluralRules(intlTag(locale));
  return {
    locale,
    t: (key, params) => fill(messages[key] ?? vi[key] ?? key, params, locale),
    plural: (key, count, params) => {
      const form = `${key}.${rules.select(count)}` as MessageKey;
      const template = messages[form] ?? messages[`${key}.other` as MessageKey];
      return fill(template, { count, ...params }, locale);
    },
  };
}
