import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../auth/contract';
import { setCsrfToken } from './api/session-hooks';
import i18n, { changeLanguage, rememberLocale, type Locale } from './i18n';
import { authApi, type Session as SessionOutput } from './pages/auth/queries';

interface SessionValue {
  user: Me | null;
  loading: boolean;
  signIn: (email: string, password: string) => Promise<Me | null>;
  signOut: () => Promise<void>;
  setLocale: (locale: Locale) => Promise<void>;
}

/**
 * Another user's data must not linger after sign-in or sign-out. The session query itself stays: its
 * observer lives as long as the app, and removing it would leave the observer on a dead query.
 */
function forgetEverythingBut(qc: QueryClient) {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionKey[0] });
}

const SessionContext = createContext<SessionValue | null>(null);
export const sessionKey = ['session'] as const;

/** Who is signed in, loaded once on start from GET /api/auth/session (which also sets the CSRF cookie). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({
    queryKey: sessionKey,
    queryFn: async () => {
      const s = await authApi.session();
      setCsrfToken(s.csrfToken);
      return s;
    },
    staleTime: Infinity,
    retry: 1,
  });
  const user = q.data?.user ?? null;

  // A signed-in user's saved language wins over the browser's remembered one.
  useEffect(() => {
    if (user && user.locale !== i18n.language) {
      rememberLocale(user.locale);
      void changeLanguage(user.locale);
    }
  }, [user?.userId]); // eslint-disable-line react-hooks/exhaustive-deps

  const signIn = useCallback(
    async (email: string, password: string) => {
      const s = await authApi.login({ email, password });
      setCsrfToken(s.csrfToken);
      forgetEverythingBut(qc);
      qc.setQueryData(sessionKey, s);
      return s.user;
    },
    [qc],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Forget the user first so signed-in pages unmount before their data is dropped (no 401 refetches).
      qc.setQueryData<SessionOutput>(sessionKey, { user: null, csrfToken: '' });
      forgetEverythingBut(qc);
      const s = await qc.fetchQuery({
        queryKey: sessionKey,
        queryFn: authApi.session,
        staleTime: 0,
      });
      setCsrfToken(s.csrfToken);
    }
  }, [qc]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      rememberLocale(locale);
      await changeLanguage(locale);
      const current = qc.getQueryData<SessionOutput>(sessionKey);
      if (current?.user) {
        const me = await authApi.setLocale(locale);
        qc.setQueryData<SessionOutput>(sessionKey, { ...current, user: me });
      }
    },
    [qc],
  );

  const value = useMemo(
    () => ({ user, loading: q.isPending, signIn, signOut, setLocale }),
    [user, q.isPending, signIn, signOut, setLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { user } = useSession();
  if (!user) throw new Error('useMe without a signed-in user');
  return user;
}
