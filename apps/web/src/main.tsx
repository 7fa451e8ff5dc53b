import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startHomeQueries } from './features/meetups/HomePage';
import { createGraphqlClient } from './lib/graphql-client';
import { readAccessToken } from './lib/auth-token';
import { SessionMemberDocument } from './lib/session';
import './app/styles.css';

const client = createGraphqlClient();
// The home page's data is asked for now, while React is still starting; the page's own
// identical queries share these requests.
if (readAccessToken() !== null) void client.query(SessionMemberDocument, {}).toPromise();
if (window.location.pathname === '/') startHomeQueries(client);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
