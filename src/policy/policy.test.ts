import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/errors.js';
import {
  actions,
  authorize,
  authorizeAdjusting,
  can,
  mayAdjust,
  roles,
  subjects,
  type Action,
  type Actor,
  type Role,
  type Subject,
  type Target,
} from './policy.js';

/*
 * The expected permissions are written out below as a table, straight from the rules in the doc
 * comment of policy.ts (not from its code):
 * - admin: everything, in every county;
 * - everyone else: only inside their own county (built-in, national records have no county);
 * - coordinator: manages organisations, people, bodies and frameworks of the county;
 * - member: edits their own organisation (update only), and creates/edits/archives its people, the
 *   bodies it hosts and the frameworks it owns; reads everything shared in the county;
 * - reader: reads what is shared;
 * - a draft (not shared) framework is seen only by its own organisation (and admins);
 * - county, user accounts, outbox and data export are administration;
 * - the audit trail is readable wherever the record is, and written by nobody through the policy;
 * - assessments like frameworks: a non-shared one only for its own organisation; coordinators
 *   change shared ones, members their own organisation's; everyone but readers who may read one
 *   may comment on it, and nothing else takes comments;
 * - agreements and surveys: coordinators manage them in their county; members and readers read.
 * - the follow-up like agreements, except that an unpublished (draft) report is only for its own
 *   organisation;
 * - a municipality's feedback in the follow-up: written by coordinators or by members of the
 *   organisation; a draft only seen and changed by the organisation that wrote it.
 * - meetings (a body's meetings, cases, §§ and protocols): run by coordinators and by members of
 *   the organisation hosting the body; everyone in the county reads them;
 * - statistics (key figures, their imports): everyone in the county reads them; coordinators import;
 * - gender reviews: everyone in the county reads them; coordinators and the organisation's members change them;
 * - adjusting a protocol: only the persons named for it (chair, adjusters), whatever their role.
 */

const COUNTY = 'county-a';
const OTHER_COUNTY = 'county-b';
const OWN_ORG = 'org-1';
const SAME_COUNTY_ORG = 'org-2';
const OTHER_COUNTY_ORG = 'org-3';

type Scope = 'own org' | 'other org, same county' | 'other county' | 'national';
type Kind = 'record' | 'shared' | 'draft' | 'builtin';

const O: Scope[] = ['own org'];
const OS: Scope[] = ['own org', 'other org, same county'];
const N: Scope[] = ['national'];
const all = (s: Scope[]) => ({ read: s, create: s, update: s, archive: s });
const allAndComment = (s: Scope[]) => ({ ...all(s), comment: s });

/** Rows are `subject` or `framework [kind]`; missing entries mean "never". */
type Grants = Partial<Record<string, Partial<Record<Action, Scope[]>>>>;
const grants: Record<Exclude<Role, 'admin'>, Grants> = {
  coordinator: {
    organisation: all(OS),
    person: all(OS),
    body: all(OS),
    'framework [shared]': all(OS),
    'framework [draft]': all(O),
    'framework [builtin]': { read: N },
    'assessment [shared]': allAndComment(OS),
    'assessment [draft]': allAndComment(O),
    agreement: all(OS),
    survey: all(OS),
    'followup [shared]': all(OS),
    'followup [draft]': all(O),
    'feedback [shared]': all(OS),
    'feedback [draft]': all(O),
    meeting: all(OS),
    statistics: all(OS),
    gender_review: all(OS),
    audit: { read: OS },
  },
  member: {
    organisation: { read: OS, update: O },
    person: { read: OS, create: O, update: O, archive: O },
    body: { read: OS, create: O, update: O, archive: O },
    'framework [shared]': { read: OS, create: O, update: O, archive: O },
    'framework [draft]': all(O),
    'framework [builtin]': { read: N },
    'assessment [shared]': { read: OS, create: O, update: O, archive: O, comment: OS },
    'assessment [draft]': allAndComment(O),
    agreement: { read: OS },
    survey: { read: OS },
    'followup [shared]': { read: OS },
    'followup [draft]': { read: O },
    'feedback [shared]': { read: OS, create: O, update: O, archive: O },
    'feedback [draft]': all(O),
    meeting: { read: OS, create: O, update: O, archive: O },
    statistics: { read: OS },
    gender_review: { read: OS, create: O, update: O, archive: O },
    audit: { read: OS },
  },
  reader: {
    organisation: { read: OS },
    person: { read: OS },
    body: { read: OS },
    'framework [shared]': { read: OS },
    'framework [draft]': { read: O },
    'framework [builtin]': { read: N },
    'assessment [shared]': { read: OS },
    'assessment [draft]': { read: O },
    agreement: { read: OS },
    survey: { read: OS },
    'followup [shared]': { read: OS },
    'followup [draft]': { read: O },
    'feedback [shared]': { read: OS },
    'feedback [draft]': { read: O },
    meeting: { read: OS },
    statistics: { read: OS },
    gender_review: { read: OS },
    audit: { read: OS },
  },
};

function expected(role: Role, action: Action, row: string, scope: Scope): boolean {
  if (role === 'admin') return true;
  return grants[role][row]?.[action]?.includes(scope) ?? false;
}

const actorFor = (role: Role): Actor => ({
  userId: `user-${role}`,
  personId: `person-${role}`,
  organisationId: OWN_ORG,
  countyId: COUNTY,
  role,
  name: `A ${role}`,
  email: `${role}@example.se`,
});

function targetFor(scope: Scope, kind: Kind): Target {
  const where: Target =
    scope === 'own org'
      ? { countyId: COUNTY, organisationId: OWN_ORG }
      : scope === 'other org, same county'
        ? { countyId: COUNTY, organisationId: SAME_COUNTY_ORG }
        : scope === 'other county'
          ? { countyId: OTHER_COUNTY, organisationId: OTHER_COUNTY_ORG }
          : { countyId: null, organisationId: null };
  if (kind === 'shared') return { ...where, shared: true, builtin: false };
  if (kind === 'draft') return { ...where, shared: false, builtin: false };
  if (kind === 'builtin') return { ...where, shared: true, builtin: true };
  return where;
}

interface Case {
  role: Role;
  action: Action;
  subject: Subject;
  row: string;
  scope: Scope;
  kind: Kind;
  allowed: boolean;
  name: string;
}
/** Named tuples so that test titles read "member may update organisation (own org)", unquoted. */
const named = (list: Case[], title: (c: Case) => string = (c) => c.name) => list.map((c) => [title(c), c] as const);

const cases: Case[] = [];
for (const role of roles) {
  for (const action of actions) {
    for (const subject of subjects) {
      const variants: [Kind, Scope[]][] =
        subject === 'assessment' || subject === 'followup' || subject === 'feedback'
          ? [
              ['shared', ['own org', 'other org, same county', 'other county']],
              ['draft', ['own org', 'other org, same county', 'other county']],
            ]
          : subject === 'framework'
            ? [
                ['shared', ['own org', 'other org, same county', 'other county']],
                ['draft', ['own org', 'other org, same county', 'other county']],
                ['builtin', ['national']],
              ]
            : [['record', ['own org', 'other org, same county', 'other county']]];
      for (const [kind, scopes] of variants) {
        const row = kind === 'record' ? subject : `${subject} [${kind}]`;
        for (const scope of scopes) {
          const allowed = expected(role, action, row, scope);
          const name = `${role} ${allowed ? 'may' : 'may not'} ${action} ${row} (${scope})`;
          cases.push({ role, action, subject, row, scope, kind, allowed, name });
        }
      }
    }
  }
}

describe('policy: every role × action × subject × target', () => {
  it('covers every combination', () => {
    // 13 plain subjects × 3 scopes + framework × (2 kinds × 3 scopes + builtin) + assessment, followup and feedback × 2 kinds × 3 scopes, for 4 roles × 5 actions
    expect(cases).toHaveLength(roles.length * actions.length * (13 * 3 + 2 * 3 + 1 + 3 * 2 * 3));
  });

  it.each(named(cases))('%s', (_, { role, action, subject, scope, kind, allowed }) => {
    expect(can(actorFor(role), action, subject, targetFor(scope, kind))).toBe(allowed);
  });
});

describe('policy: invariants', () => {
  const writes = actions.filter((a) => a !== 'read');

  it.each(
    named(
      cases.filter((c) => c.role === 'reader' && c.action !== 'read'),
      (c) => `a reader can never ${c.action} ${c.row} (${c.scope})`,
    ),
  )('%s', (_, { action, subject, scope, kind }) => {
    expect(can(actorFor('reader'), action, subject, targetFor(scope, kind))).toBe(false);
  });

  it.each(
    named(
      cases.filter((c) => c.role === 'admin'),
      (c) => `an admin may ${c.action} ${c.row} (${c.scope})`,
    ),
  )('%s', (_, { action, subject, scope, kind }) => {
    expect(can(actorFor('admin'), action, subject, targetFor(scope, kind))).toBe(true);
  });

  const adminOnly: Subject[] = ['user', 'outbox', 'data', 'county'];
  it.each(
    named(
      cases.filter((c) => adminOnly.includes(c.subject) && c.role !== 'admin'),
      (c) => `only admins touch ${c.subject}: ${c.name}`,
    ),
  )('%s', (_, { role, action, subject, scope, kind }) => {
    expect(can(actorFor(role), action, subject, targetFor(scope, kind))).toBe(false);
    expect(can(actorFor(role), action, subject)).toBe(false);
  });

  it('non-admins get nothing in another county, not even reads', () => {
    for (const role of roles.filter((r) => r !== 'admin')) {
      for (const action of actions) {
        for (const subject of subjects) {
          expect(can(actorFor(role), action, subject, targetFor('other county', 'record'))).toBe(false);
          expect(can(actorFor(role), action, subject, targetFor('other county', 'shared'))).toBe(false);
        }
      }
    }
  });

  it('nobody but an admin changes a built-in framework', () => {
    for (const role of ['coordinator', 'member', 'reader'] as const) {
      for (const action of writes)
        expect(can(actorFor(role), action, 'framework', targetFor('national', 'builtin'))).toBe(false);
    }
  });

  it('county-wide reads without a particular record are allowed for shared registers', () => {
    for (const role of roles) {
      for (const subject of ['organisation', 'person', 'body', 'framework'] as const) {
        expect(can(actorFor(role), 'read', subject)).toBe(true);
      }
    }
  });
});

describe('authorize', () => {
  it('throws auth.required (401) without an actor', () => {
    let thrown: unknown;
    try {
      authorize(undefined, 'read', 'organisation', targetFor('own org', 'record'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('auth.required');
    expect((thrown as AppError).status).toBe(401);
  });

  it('throws auth.forbidden (403) naming action and subject when not allowed', () => {
    let thrown: unknown;
    try {
      authorize(actorFor('reader'), 'update', 'organisation', targetFor('own org', 'record'));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('auth.forbidden');
    expect((thrown as AppError).status).toBe(403);
    expect((thrown as AppError).details).toEqual({ action: 'update', subject: 'organisation' });
  });

  it('throws auth.forbidden for a member acting in another county', () => {
    expect(() => authorize(actorFor('member'), 'read', 'body', targetFor('other county', 'record'))).toThrow(
      expect.objectContaining({ code: 'auth.forbidden' }),
    );
  });

  it('returns the very actor when allowed', () => {
    const actor = actorFor('member');
    expect(authorize(actor, 'update', 'organisation', targetFor('own org', 'record'))).toBe(actor);
    const admin = actorFor('admin');
    expect(authorize(admin, 'archive', 'data')).toBe(admin);
  });
});

describe('policy: adjusting a protocol', () => {
  const named = { countyId: COUNTY, adjusterPersonIds: ['person-member', 'person-reader'] };
  it.each(roles)('a %s adjusts only when named for the protocol, in the county', (role) => {
    const a = actorFor(role);
    expect(mayAdjust(a, named)).toBe(role === 'member' || role === 'reader');
    expect(mayAdjust(a, { ...named, countyId: OTHER_COUNTY })).toBe(false);
  });
  it('refuses anyone else with 403 and nobody signed in with 401', () => {
    expect(() => authorizeAdjusting(actorFor('admin'), named)).toThrow(
      expect.objectContaining({ code: 'auth.forbidden' }),
    );
    expect(() => authorizeAdjusting(undefined, named)).toThrow(expect.objectContaining({ code: 'auth.required' }));
    expect(authorizeAdjusting(actorFor('reader'), named).personId).toBe('person-reader');
  });
});
