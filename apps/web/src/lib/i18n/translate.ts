import { vi, type MessageKey } from './messages.vi';
import { en } from './messages.en';
import { intlTag, type Locale } from './locale';

export type Messages = Record<MessageKey, string>;
export type Params = Record<string, string | number>;

const CATALOGUES: Record<Locale, Record<string, string>> = { vi, en };

/**
 * Words of pages that load later (their catalogues stay out of the first page's bundle): the
 * page's module registers them when it loads, before it renders.
 */
export function registerMessages(extra: Record<Locale, Record<string, string>>): void {
  for (const locale of Object.keys(extra) as Locale[]) Object.assign(CATALOGUES[locale], extra[locale]);
}

/** Keys that have plural forms: `key.other` exists (and `key.one` where the language needs it). */
type PluralBase<K extends string> = K extends `${infer Base}.other` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

function fill(template: string, params: Params | undefined, numbers: Intl.NumberFormat): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

export interface Translator {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** The plural form for `count` (`{count}` in the message is the number, formatted). */
  plural(key: PluralKey, count: number, params?: Params): string;
}

const translators = new Map<Locale, Translator>();

/** One translator per language, made once: its plural rules and number format are reused. */
export function translator(locale: Locale): Translator {
  const known = translators.get(locale);
  if (known) return known;
  const messages = CATALOGUES[locale];
  const rules = new Intl.PluralRules(intlTag(locale));
  const numbers = new Intl.NumberFormat(intlTag(locale));
  const made: Translator = {
    locale,
    t: (key, params) => fill(messages[key] ?? CATALOGUES.vi[key] ?? key, params, numbers),
    plural: (key, count, params) => {
      const form = `${key}.${rules.select(count)}`;
      const template = messages[form] ?? messages[`${key}.other`] ?? CATALOGUES.vi[`${key}.other`] ?? key;
      return fill(template, { count, ...params }, numbers);
    },
  };
  translators.set(locale, made);
  return made;
}
