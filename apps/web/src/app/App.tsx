import { Provider as GraphqlProvider } from 'urql';
import { RouterProvider } from 'react-router';
import type { Client } from '@urql/core';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { SessionProvider } from '../lib/session';
import { FeatureSlots } from './feature-slots';
import { router } from './router';

export function App({ client }: { client: Client }) {
  return (
    <GraphqlProvider value={client}>
      <I18nProvider>
        <SessionProvider>
          <FeatureSlots>
            <RouterProvider router={router} />
          </FeatureSlots>
        </SessionProvider>
      </I18nProvider>
    </GraphqlProvider>
  );
}
