import { useQuery } from '@tanstack/react-query';
import type { MyWork, WorkGroupKey, WorkLinkKind } from '../../../overview/contract';
import { call, client } from '../../api/client';

export const myWorkKeys = { all: ['my-work'] as const };

/** What waits for the signed-in person (GET /api/my-work). */
export const useMyWork = () =>
  // Always asked anew when the overview opens: it is what waits now.
  useQuery({
    queryKey: myWorkKeys.all,
    queryFn: (): Promise<MyWork> => call(client.GET('/api/my-work')),
    staleTime: 0,
  });

/** The page an item's link opens. */
export function workItemPath(link: { kind: WorkLinkKind; id: string }): string {
  switch (link.kind) {
    case 'assessment':
      return `/assessments/${link.id}`;
    case 'agreement':
      return `/agreements/${link.id}`;
    case 'questionnaire':
      return `/questionnaires/${link.id}`;
    case 'followupCycle':
      return `/followup/${link.id}`;
  }
}

/** The list a group's "see all" opens, and the navigation label that names it. */
export const groupList: Record<WorkGroupKey, { path: string; nav: string }> = {
  assessmentsToFinish: { path: '/programmes', nav: 'nav.programmes' },
  positionsToTake: { path: '/programmes', nav: 'nav.programmes' },
  overdueActions: { path: '/programmes', nav: 'nav.programmes' },
  milestonesComing: { path: '/followup', nav: 'followup.navLabel' },
  noticeDeadlines: { path: '/agreements', nav: 'nav.agreements' },
  openQuestionnaires: { path: '/questionnaires', nav: 'nav.questionnaires' },
};
