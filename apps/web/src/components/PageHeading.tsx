import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';

let firstPage = true;

/**
 * The page's h1 and the tab's title. After a navigation inside the app the heading takes focus,
 * so a screen reader announces the new page (the first page load keeps the browser's focus).
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
