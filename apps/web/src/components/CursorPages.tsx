import { useState } from 'react';
import { useI18n } from '../lib/i18n/i18n-context';

/**
 * A long list read page by page (the api's cursor connections, 20 at a time): the cursors of the
 * pages shown so far, starting over when `resetKey` (the list's filter) changes.
 */
export function useCursorPages(resetKey = ''): { pages: (string | null)[]; more: (cursor: string) => void } {
  const [state, setState] = useState<{ key: string; pages: (string | null)[] }>({ key: resetKey, pages: [null] });
  const pages = state.key === resetKey ? state.pages : [null];
  return { pages, more: (cursor) => setState({ key: resetKey, pages: [...pages, cursor] }) };
}

/** "Show more" under the last page shown, while the api says there is a next page. */
export function MoreButton({
  pageInfo,
  last,
  onMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  last: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useI18n();
  const cursor = pageInfo.endCursor;
  if (!last || !pageInfo.hasNextPage || !cursor) return null;
  return (
    <p>
      <button type="button" onClick={() => onMore(cursor)}>
        {t('common.more')}
      </button>
    </p>
  );
}
