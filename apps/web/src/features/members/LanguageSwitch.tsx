import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../lib/session';
import { useI18n } from '../../lib/i18n/i18n-context';
import { LOCALES, type Locale } from '../../lib/i18n/locale';

const SaveLocaleDocument = graphql(`
  mutation SaveLocale($locale: Locale!) {
    updateProfile(input: { locale: $locale }) { id locale }
  }
`);

/** Tiếng Việt / English; a signed-in member's choice is kept on the server, so e-mails follow it. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const { signedIn } = useSession();
  const [, saveLocale] = useMutation(SaveLocaleDocument);
  const choose = (next: Locale) => {
    setLocale(next);
    if (signedIn) void saveLocale({ locale: next });
  };
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((option) => (
        <button key={option} type="button" lang={option} aria-pressed={locale === option} onClick={() => choose(option)}>
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
