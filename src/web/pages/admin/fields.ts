import type { TFunction } from 'i18next';
import { CreateUser, Role, type User } from '../../../people/contract';
import type { Choice } from '../../kit';

/** The shortest first password the server takes (src/auth/passwords.ts), checked before sending. */
export const MIN_PASSWORD = 10;

export type NewUserValues = { personId: string; email: string; role: string; password: string; locale: string };

export const newUser = (personId = ''): NewUserValues => ({
  personId,
  email: '',
  role: 'member',
  password: '',
  locale: 'sv',
});

/** The create contract, with the first password's length checked at the field before the server does. */
export const CreateUserInput = CreateUser.extend({ password: CreateUser.shape.password.min(MIN_PASSWORD) });

/** What an administrator changes on an account: its role, language and whether it may sign in. */
export type UserValues = { role: string; locale: string; status: 'enabled' | 'disabled' };

export const userToForm = (u: User | undefined): UserValues => ({
  role: u?.role ?? 'member',
  locale: u?.locale ?? 'sv',
  status: u?.disabled ? 'disabled' : 'enabled',
});

export const userFieldLabel = (t: TFunction) => (field: string) => {
  if (field === 'disabled') return t('users.fields.status');
  if (field === 'lastLoginAt') return t('users.fields.lastLogin');
  if (field === 'organisationId' || field === 'organisationName') return t('users.fields.organisation');
  return t(`users.fields.${field}`, { defaultValue: field });
};

export const roleChoices = (label: (group: 'role', code: string) => string): Choice[] =>
  Role.options.map((r) => ({ value: r, label: label('role', r) }));

export const localeChoices = (t: TFunction): Choice[] => [
  { value: 'sv', label: t('lang.sv') },
  { value: 'en', label: t('lang.en') },
];

export const statusChoices = (t: TFunction): Choice[] => [
  { value: 'enabled', label: t('users.enabled') },
  { value: 'disabled', label: t('users.disabled') },
];
