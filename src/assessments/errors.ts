import { defineErrors } from '../platform/errors.js';

/** The assessments error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const assessmentErrors = defineErrors({
  'programme.rus_not_found': { status: 400, meaning: 'The regional development strategy does not exist.' },
  'initiative.unknown_stakeholder_group': { status: 400, meaning: 'The stakeholder group does not exist.' },
  'assessment.finished': { status: 409, meaning: 'The assessment is finished and cannot be changed.' },
  'assessment.not_finished': { status: 409, meaning: 'The assessment is not finished yet.' },
  'assessment.in_progress_exists': { status: 409, meaning: 'An assessment is already in progress.' },
  'assessment.item_not_in_framework': { status: 400, meaning: 'The goal is not in the framework the assessment uses.' },
  'assessment.rus_from_programme': {
    status: 400,
    meaning: 'The RUS comes from the programme; it cannot be chosen as one of the other frameworks.',
  },
  'assessment.framework_not_shared': {
    status: 400,
    meaning: 'A shared assessment can only use shared or built-in frameworks; this one is a draft of one organisation.',
  },
  'assessment.framework_unpublished': {
    status: 400,
    meaning: 'The framework has no published version to assess against.',
  },
  'assessment.framework_has_ratings': {
    status: 400,
    meaning: 'The framework has ratings in the assessment; remove them before removing the framework.',
  },
  'assessment.position_note_without_need': {
    status: 400,
    meaning: 'A note on positions needed is kept only when positions are needed in that step.',
  },
  'assessment.duplicate_impact': { status: 409, meaning: 'The goal has already been assessed.' },
  'assessment.rank_only_step2': { status: 400, meaning: 'Ranking is done in step 2 only.' },
  'assessment.actor_identity': { status: 400, meaning: 'The actor must be given by name or organisation.' },
  'assessment.side_invalid': { status: 400, meaning: 'Invalid side in the goal conflict.' },
  'assessment.position_required': { status: 400, meaning: 'A position must be taken.' },
  'assessment.different_initiatives': { status: 400, meaning: 'The assessments concern different initiatives.' },
  'action.responsible_required': { status: 400, meaning: 'The action needs a responsible person.' },
  'action.deadline_before_start': { status: 400, meaning: 'The deadline cannot be before the start date.' },
  'action.answers_unknown': { status: 400, meaning: 'The answer does not belong to the question.' },
});

type AssessmentErrors = typeof assessmentErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends AssessmentErrors {}
}
