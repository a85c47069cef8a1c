import { z } from 'zod';
import {
  Abilities,
  ArchiveFilter,
  Id,
  PageQuery,
  ScopedPage,
  Version,
  optionalText,
  text,
} from '../platform/contract.js';
import { roles } from '../policy/policy.js';

const personFields = {
  organisationId: Id,
  givenName: text(100),
  familyName: text(100),
  title: optionalText(150),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email().max(254))
    .nullish()
    .or(z.literal('').transform(() => null)),
  phone: optionalText(40),
};

export const CreatePerson = z.object(personFields);
export type CreatePerson = z.infer<typeof CreatePerson>;
export const UpdatePerson = z.object({ ...personFields, ...Version.shape }).partial({
  organisationId: true,
  givenName: true,
  familyName: true,
});
export type UpdatePerson = z.infer<typeof UpdatePerson>;

export const Person = z.object({
  id: Id,
  organisationId: Id,
  organisationName: z.string(),
  countyId: Id,
  givenName: z.string(),
  familyName: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  hasAccount: z.boolean(),
  archived: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the signed-in person may do with it. */
  /** createAccount: may make this person a user account (the user administration). */
  abilities: Abilities('update', 'archive', 'createAccount'),
});
export type Person = z.infer<typeof Person>;
/** A person as stored and audited (abilities depend on who looks). */
export type PersonRecord = Omit<Person, 'abilities'>;
export const PersonPage = ScopedPage(Person);
export type PersonPage = z.infer<typeof PersonPage>;

export const PersonQuery = PageQuery.extend({ organisationId: Id.optional(), status: ArchiveFilter });
export type PersonQuery = z.infer<typeof PersonQuery>;

export const Role = z.enum(roles);

export const CreateUser = z.object({
  personId: Id,
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
  role: Role,
  password: z.string().max(1024),
  locale: z.enum(['sv', 'en']).default('sv'),
});
export type CreateUser = z.infer<typeof CreateUser>;
export const UpdateUser = z.object({
  role: Role.optional(),
  disabled: z.boolean().optional(),
  locale: z.enum(['sv', 'en']).optional(),
  version: z.number().int().positive(),
});
export type UpdateUser = z.infer<typeof UpdateUser>;

/** An account as stored (what people's queries give). */
export const UserRecord = z.object({
  id: Id,
  personId: Id,
  name: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  email: z.string(),
  role: Role,
  locale: z.enum(['sv', 'en']),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  version: z.number(),
});
export type UserRecord = z.infer<typeof UserRecord>;
/**
 * An account as the signed-in person sees it: update (its language, role, standing), changeRole and
 * disable (false for one's own account: an administrator never demotes or shuts out themselves).
 */
export const User = UserRecord.extend({ abilities: Abilities('update', 'changeRole', 'disable') });
export type User = z.infer<typeof User>;
