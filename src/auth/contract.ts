import { z } from 'zod';
import { roles } from '../policy/policy.js';

export const Locale = z.enum(['sv', 'en']);

export const LoginInput = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  password: z.string().min(1).max(1024),
});

export const Me = z.object({
  userId: z.uuid(),
  personId: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(roles),
  locale: Locale,
  organisationId: z.uuid(),
  countyId: z.uuid(),
});
export type Me = z.infer<typeof Me>;

export const SessionOutput = z.object({ user: Me.nullable(), csrfToken: z.string() });

export const ResetRequestInput = z.object({ email: z.string().trim().toLowerCase().pipe(z.email().max(254)) });
export const ResetInput = z.object({
  token: z.string().min(20).max(200),
  password: z.string().max(1024),
});
export const LocaleInput = z.object({ locale: Locale });
export const Ok = z.object({ ok: z.literal(true) });
