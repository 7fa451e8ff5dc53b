import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';

/** Copies a link; says so where a screen reader hears it. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()} aria-label={label}>
        {t('common.copy')}
      </button>
      <span role="status" className="copy-status">
        {copied === true ? t('common.copied') : copied === false ? t('common.copyFailed') : ''}
      </span>
    </>
  );
}
