import { useMemo } from 'react';
import { Provider as GraphqlProvider } from 'urql';
import { RouterProvider } from 'react-router';
import { createGraphqlClient } from '../lib/graphql-client';
import { I18nProvider } from '../lib/i18n/i18n-context';
import { SessionProvider } from './session';
import { router } from './router';

export function App() {
  const client = useMemo(() => createGraphqlClient(), []);
  return (
    <GraphqlProvider value={client}>
      <I18nProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </I18nProvider>
    </GraphqlProvider>
  );
}
