import { useQuery } from '@tanstack/react-query';
import type { Case } from '../../../meetings/contract';
import { agreementKeys, agreementsApi } from '../agreements/queries';
import { assessmentKeys, assessmentsApi } from '../assessments/queries';
import { followupKeys, followupApi } from '../followup/queries';

export type Concern = Case['concerns'][number];

/** The page of what a case concerns; an action plan has no page of its own yet. */
export const concernPage: Record<Concern['kind'], ((id: string) => string) | null> = {
  assessment: (id) => `/assessments/${id}`,
  agreement: (id) => `/agreements/${id}`,
  followup_cycle: (id) => `/followup/${id}`,
  action_plan: null,
};

/**
 * The name of what a case concerns, read from its own capability (through the same cached queries its
 * pages use); undefined while it loads, or when the person may not read it.
 */
export function useConcernName(x: Concern): string | undefined {
  const agreement = useQuery({
    queryKey: agreementKeys.one(x.id),
    queryFn: () => agreementsApi.get(x.id),
    enabled: x.kind === 'agreement',
    retry: false,
  });
  const cycle = useQuery({
    queryKey: followupKeys.one(x.id),
    queryFn: () => followupApi.get(x.id),
    enabled: x.kind === 'followup_cycle',
    retry: false,
  });
  const assessment = useQuery({
    queryKey: assessmentKeys.one(x.id),
    queryFn: () => assessmentsApi.assessment(x.id),
    enabled: x.kind === 'assessment',
    retry: false,
  });
  switch (x.kind) {
    case 'agreement':
      return agreement.data && `${agreement.data.title}, ${agreement.data.party.name}`;
    case 'followup_cycle':
      return cycle.data?.title;
    case 'assessment':
      return assessment.data?.initiative.name;
    default:
      return undefined;
  }
}
