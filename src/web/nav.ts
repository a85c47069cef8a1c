import type { Role } from '../policy/policy';

export interface NavItem {
  /** i18n key of the label */
  label: string;
  to: string;
  /** Matches only the exact path (for the overview). */
  end?: boolean;
  roles?: readonly Role[];
}

export interface NavGroup {
  /** i18n key of the group's heading; the first group (the overview) needs none */
  label?: string;
  items: NavItem[];
  roles?: readonly Role[];
}

/**
 * The navigation in one place. Coming capabilities get their own group here, e.g.
 * { label: 'nav.groups.work', items: [assessments, agreements, followUp, meetings] }.
 */
export const navigation: NavGroup[] = [
  { items: [{ label: 'nav.home', to: '/', end: true }] },
  {
    label: 'nav.groups.structure',
    items: [
      { label: 'nav.organisations', to: '/organisations' },
      { label: 'nav.people', to: '/people' },
      { label: 'nav.bodies', to: '/bodies' },
    ],
  },
  {
    label: 'nav.groups.goals',
    items: [
      { label: 'nav.frameworks', to: '/frameworks' },
      { label: 'indicators.navLabel', to: '/indicators' },
      { label: 'genderReview.navLabel', to: '/gender-reviews' },
    ],
  },
  {
    label: 'statistics.nav.group',
    items: [
      // `end`: the picture is not also marked current on its sub-pages (the imports below).
      { label: 'statistics.nav.picture', to: '/statistics', end: true },
      { label: 'statisticsImports.navLabel', to: '/statistics/imports' },
    ],
  },
  { label: 'nav.groups.assurance', items: [{ label: 'nav.programmes', to: '/programmes' }] },
  {
    label: 'nav.groups.agreements',
    items: [
      { label: 'nav.agreements', to: '/agreements' },
      { label: 'nav.agreementTemplates', to: '/agreement-templates' },
      { label: 'nav.indexSeries', to: '/index-series' },
    ],
  },
  {
    label: 'nav.groups.followUp',
    items: [
      { label: 'followup.navLabel', to: '/followup' },
      { label: 'nav.questionnaires', to: '/questionnaires' },
    ],
  },
  {
    label: 'nav.groups.meetings',
    items: [
      { label: 'nav.meetings', to: '/meetings' },
      { label: 'nav.cases', to: '/cases' },
    ],
  },
  {
    label: 'nav.groups.admin',
    roles: ['admin'],
    items: [
      { label: 'nav.users', to: '/admin/users' },
      { label: 'nav.outbox', to: '/admin/outbox' },
    ],
  },
];

export function visibleNavigation(role: Role | undefined): NavGroup[] {
  const allowed = (roles?: readonly Role[]) => !roles || (role !== undefined && roles.includes(role));
  return navigation
    .filter((g) => allowed(g.roles))
    .map((g) => ({ ...g, items: g.items.filter((i) => allowed(i.roles)) }))
    .filter((g) => g.items.length > 0);
}
