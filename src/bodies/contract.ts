import { z } from 'zod';
import {
  Abilities,
  ArchiveFilter,
  Id,
  IsoDate,
  PageQuery,
  ScopedPage,
  Version,
  optionalText,
  text,
} from '../platform/contract.js';

export const bodyTypes = [
  'council',
  'secretariat_group',
  'coordination_group',
  'working_group',
  'network',
  'steering_group',
  'board',
  // Bodies of a municipality or region under Kommunallagen: their kind chooses the meeting rules
  // profile (src/meetings/rules): fullmäktige, styrelse, nämnd, arbetsutskott/utskott, presidium.
  'full_council',
  'executive_board',
  'committee',
  'working_committee',
  'presidium',
] as const;
export const BodyType = z.enum(bodyTypes);
/** ersättare = substitute; adjungerad = adjunct (takes part without a vote); observatör = observer (councils). */
export const memberRoles = ['chair', 'vice_chair', 'secretary', 'member', 'substitute', 'adjunct', 'observer'] as const;
export const MemberRole = z.enum(memberRoles);

const bodyFields = {
  organisationId: Id,
  type: BodyType,
  name: text(200),
  shortName: optionalText(60),
  description: optionalText(4000),
  reportsToId: Id.nullish(),
};
export const CreateBody = z.object(bodyFields);
export type CreateBody = z.infer<typeof CreateBody>;
export const UpdateBody = z
  .object({ ...bodyFields, ...Version.shape })
  .partial({ organisationId: true, type: true, name: true });
export type UpdateBody = z.infer<typeof UpdateBody>;

export const BodyRef = z.object({ id: Id, name: z.string(), type: BodyType });

export const Membership = z.object({
  id: Id,
  bodyId: Id,
  personId: Id,
  personName: z.string(),
  organisationId: Id,
  organisationName: z.string(),
  role: MemberRole,
  /** The member's party (parti), for elected members, e.g. "C", "S". */
  party: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  current: z.boolean(),
  version: z.number(),
});
export type Membership = z.infer<typeof Membership>;

export const Body = z.object({
  id: Id,
  countyId: Id,
  organisationId: Id,
  organisationName: z.string(),
  type: BodyType,
  name: z.string(),
  shortName: z.string().nullable(),
  description: z.string().nullable(),
  reportsTo: BodyRef.nullable(),
  reportingBodies: z.array(BodyRef),
  members: z.array(Membership),
  archived: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** What the signed-in person may do with it (`update` covers its memberships). */
  abilities: Abilities('update', 'archive'),
});
export type Body = z.infer<typeof Body>;
/** A body as stored and audited (abilities depend on who looks). */
export type BodyRecord = Omit<Body, 'abilities'>;

export const BodySummary = Body.omit({ members: true, reportingBodies: true }).extend({ currentMembers: z.number() });
export type BodySummary = z.infer<typeof BodySummary>;
export type BodySummaryRecord = Omit<BodySummary, 'abilities'>;

export const BodyPage = ScopedPage(BodySummary);
export type BodyPage = z.infer<typeof BodyPage>;

export const BodyQuery = PageQuery.extend({
  type: BodyType.optional(),
  organisationId: Id.optional(),
  status: ArchiveFilter,
});
export type BodyQuery = z.infer<typeof BodyQuery>;

const membershipFields = {
  personId: Id,
  organisationId: Id.optional(),
  role: MemberRole,
  party: optionalText(40),
  startDate: IsoDate,
  endDate: IsoDate.nullish(),
};
export const AddMember = z.object(membershipFields);
export type AddMember = z.infer<typeof AddMember>;
/** The person of a membership is fixed: a new person means ending this membership and adding one. */
export const UpdateMember = z
  .object({ ...membershipFields, ...Version.shape })
  .omit({ personId: true })
  .partial({ role: true, startDate: true });
export type UpdateMember = z.infer<typeof UpdateMember>;
export const MemberParams = z.object({ id: Id, membershipId: Id });
