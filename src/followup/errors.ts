import { defineErrors } from '../platform/errors.js';

/** The followup error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const followupErrors = defineErrors({
  'followup.duplicate_cycle': { status: 409, meaning: 'A follow-up of these agreements for that year already exists.' },
  'followup.area_unknown': { status: 400, meaning: 'The area is not one of the agreements’ areas.' },
  'followup.not_municipality': { status: 400, meaning: 'The organisation is not a party to these agreements.' },
  'followup.report_published': {
    status: 409,
    meaning: 'The activity report is published and can no longer be changed.',
  },
  'followup.report_duplicate': {
    status: 409,
    meaning: 'There is already an activity report for that area and municipality. Edit it instead.',
  },
  'followup.no_reports': { status: 409, meaning: 'There are no draft reports to publish.' },
  'followup.feedback_submitted': { status: 409, meaning: 'The assessment was submitted and can no longer be changed.' },
  'followup.feedback_incomplete': { status: 400, meaning: 'Rate every area before submitting the assessment.' },
  'followup.decided': {
    status: 409,
    meaning: 'The follow-up is decided. Activity reports and assessments are closed.',
  },
  'followup.questionnaire_linked': { status: 409, meaning: 'The follow-up already has a questionnaire.' },
  'followup.no_template_areas': { status: 400, meaning: 'The agreement template has no areas to follow up.' },
});

type FollowupErrors = typeof followupErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends FollowupErrors {}
}
