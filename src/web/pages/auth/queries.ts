import type { z } from 'zod';
import type { LoginInput, Me, ResetInput, ResetRequestInput, SessionOutput } from '../../../auth/contract';
import { call, client } from '../../api/client';
import type { Locale } from '../../i18n';

export type Session = z.infer<typeof SessionOutput>;

/** Signing in and out, the session, and the password reset (src/auth/routes.ts) as typed functions. */
export const authApi = {
  /** Who is signed in; the answer also sets the CSRF cookie. */
  session: (): Promise<Session> => call(client.GET('/api/auth/session')),
  login: (body: z.infer<typeof LoginInput>): Promise<Session> => call(client.POST('/api/auth/login', { body })),
  logout: () => call(client.POST('/api/auth/logout')),
  setLocale: (locale: Locale): Promise<Me> => call(client.PATCH('/api/auth/me', { body: { locale } })),
  /** Answers the same whether or not the address has an account. */
  requestReset: (body: z.infer<typeof ResetRequestInput>) =>
    call(client.POST('/api/auth/password-reset/request', { body })),
  resetPassword: (body: z.infer<typeof ResetInput>) => call(client.POST('/api/auth/password-reset', { body })),
};
