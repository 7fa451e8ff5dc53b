import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { graphql } from '../gql/index';
import type { SessionMemberQuery } from '../gql/graphql';
import { readAccessToken, writeAccessToken } from './auth-token';
import { useI18n } from './i18n/i18n-context';
import { isLocale } from './i18n/locale';

export const SessionMemberDocument = graphql(`
  query SessionMember {
    me {
      id
      name
      email
      role
      locale
      organization { id name }
      affiliation { status role organization { id } }
    }
  }
`);

export type SessionMember = NonNullable<SessionMemberQuery['me']>;

interface SessionValue {
  member: SessionMember | null;
  /** True until the first answer about who is signed in. */
  loading: boolean;
  signedIn: boolean;
  isOrganizer: boolean;
  start(accessToken: string): void;
  end(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Who is signed in: the token in this browser and the member it belongs to. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const { setLocale } = useI18n();
  const [token, setToken] = useState(readAccessToken);
  // cache-and-network: main.tsx may have asked already (the answer is shown at once and checked again).
  const [result, refetch] = useQuery({ query: SessionMemberDocument, pause: !token, requestPolicy: 'cache-and-network' });
  const member = token ? (result.data?.me ?? null) : null;

  useEffect(() => {
    // A token the server no longer accepts (signed out everywhere, expired) is dropped.
    if (token && result.data && result.data.me === null) {
      writeAccessToken(null);
      setToken(null);
    }
  }, [token, result.data]);

  const start = useCallback(
    (accessToken: string) => {
      writeAccessToken(accessToken);
      setToken(accessToken);
      void client
        .query(SessionMemberDocument, {}, { requestPolicy: 'network-only' })
        .toPromise()
        .then((answer) => {
          const locale = answer.data?.me?.locale;
          if (isLocale(locale)) setLocale(locale);
          refetch({ requestPolicy: 'network-only' });
        });
    },
    [client, refetch, setLocale],
  );

  const end = useCallback(() => {
    writeAccessToken(null);
    setToken(null);
    // Nothing cached for the member outlives their session.
    window.location.assign('/');
  }, []);

  const value = useMemo<SessionValue>(
    () => ({
      member,
      loading: Boolean(token) && result.fetching && !result.data,
      signedIn: Boolean(member),
      isOrganizer: member?.role === 'ORGANIZER' || member?.role === 'ADMIN',
      start,
      end,
    }),
    [member, token, result.fetching, result.data, start, end],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
