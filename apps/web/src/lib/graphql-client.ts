import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { readAccessToken } from './auth-token';

/** One client for the app: the access token on every request, JSON POSTs to /graphql. */
export function createGraphqlClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => {
      const token = readAccessToken();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
}
