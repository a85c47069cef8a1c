import type { Assessment } from '../../../assessments/contract';

export interface StepProps {
  assessment: Assessment;
  /** In progress and the user may change it. */
  editable: boolean;
  canComment: boolean;
  /** Changes with every fresh copy of the assessment: pictures are fetched anew. */
  stamp: number;
}
