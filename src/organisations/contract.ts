import { z } from 'zod';
import {
  Abilities,
  ArchiveFilter,
  Id,
  IsoDate,
  PageQuery,
  ScopedPage,
  Version,
  WebUrl,
  optionalText,
  text,
} from '../platform/contract.js';

export const organisationTypes = [
  'region',
  'municipality',
  'county_board',
  'agency',
  'university',
  'civil_society',
  'business',
] as const;
export const OrganisationType = z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof OrganisationType>;

export const Population = z.object({
  year: z.number().int().min(1900).max(2100),
  population: z.number().int().min(0).max(20_000_000),
  asOf: IsoDate,
  source: optionalText(200),
});

const fields = {
  type: OrganisationType,
  name: text(200),
  shortName: optionalText(60),
  orgNumber: z
    .string()
    .trim()
    .regex(/^\d{6}-\d{4}$/, 'must be written NNNNNN-NNNN')
    .nullish()
    .or(z.literal('').transform(() => null)),
  municipalityCode: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'must be four digits')
    .nullish()
    .or(z.literal('').transform(() => null)),
  email: z
    .email()
    .max(254)
    .nullish()
    .or(z.literal('').transform(() => null)),
  phone: optionalText(40),
  website: WebUrl(300)
    .nullish()
    .or(z.literal('').transform(() => null)),
  address: optionalText(500),
  populations: z.array(Population).max(200).optional(),
};

export const CreateOrganisation = z.object({ countyId: Id.optional(), ...fields });
export type CreateOrganisation = z.infer<typeof CreateOrganisation>;
export const UpdateOrganisation = z.object({ ...fields, ...Version.shape }).partial({
  type: true,
  name: true,
});
export type UpdateOrganisation = z.infer<typeof UpdateOrganisation>;

export const Organisation = z.object({
  id: Id,
  countyId: Id,
  type: OrganisationType,
  name: z.string(),
  shortName: z.string().nullable(),
  orgNumber: z.string().nullable(),
  municipalityCode: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  address: z.string().nullable(),
  populations: z.array(Population.extend({ source: z.string().nullable() })),
  archived: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the signed-in person may do with it. */
  abilities: Abilities('update', 'archive'),
});
export type Organisation = z.infer<typeof Organisation>;
/** An organisation as stored and audited (abilities depend on who looks). */
export type OrganisationRecord = Omit<Organisation, 'abilities'>;

export const OrganisationPage = ScopedPage(Organisation);
export type OrganisationPage = z.infer<typeof OrganisationPage>;

export const OrganisationQuery = PageQuery.extend({
  type: OrganisationType.optional(),
  countyId: Id.optional(),
  status: ArchiveFilter,
});
export type OrganisationQuery = z.infer<typeof OrganisationQuery>;
