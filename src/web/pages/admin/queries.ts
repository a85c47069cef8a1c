import { useQuery } from '@tanstack/react-query';
import type { CreateUser, UpdateUser, User } from '../../../people/contract';
import { call, client, type paths } from '../../api/client';

export const userKeys = {
  all: ['users'] as const,
  one: (id: string) => ['users', id] as const,
};

/** User accounts (src/auth/account-routes.ts) as typed functions. */
export const usersApi = {
  list: (): Promise<User[]> => call(client.GET('/api/users')),
  create: (body: CreateUser): Promise<User> => call(client.POST('/api/users', { body })),
  /** A 409 `record.stale` carries the account as someone else saved it. */
  update: (id: string, body: UpdateUser): Promise<User> =>
    call(client.PATCH('/api/users/{id}', { params: { path: { id } }, body })),
  history: (id: string) => call(client.GET('/api/users/{id}/audit', { params: { path: { id } } })),
};

export function useUsers() {
  return useQuery({ queryKey: userKeys.all, queryFn: usersApi.list });
}

/** A mail as GET /api/admin/outbox returns it (src/platform/mail/routes.ts). */
export type OutboxMail = paths['/api/admin/outbox']['get']['responses'][200]['content']['application/json'][number];

export const outboxKey = ['outbox'] as const;

/** The mail outbox (administration) as typed functions. */
export const outboxApi = {
  list: (): Promise<OutboxMail[]> => call(client.GET('/api/admin/outbox')),
  resend: (id: string) => call(client.POST('/api/admin/outbox/{id}/resend', { params: { path: { id } } })),
};

export function useOutbox() {
  return useQuery({ queryKey: outboxKey, queryFn: outboxApi.list });
}
