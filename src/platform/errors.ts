/**
 * The one error type of Samsyn. A code is stable (clients and translations key on it); the status
 * comes from the table below, never from the place that throws.
 */
export const errorStatus = {
  'request.invalid_json': 400,
  'request.validation_failed': 400,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'request.csrf_failed': 403,
  'request.rate_limited': 429,
  'request.route_not_found': 404,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.reset_token_invalid': 400,
  'auth.password_too_weak': 400,
  'auth.forbidden': 403,
  'record.not_found': 404,
  'record.stale': 409,
  'record.duplicate': 409,
  'record.archived': 409,
  'organisation.duplicate_municipality_code': 409,
  'organisation.municipality_code_required': 400,
  'organisation.municipality_code_not_allowed': 400,
  'organisation.population_only_for_municipality': 400,
  'person.duplicate_email': 409,
  'user.duplicate_email': 409,
  'user.person_has_account': 409,
  'body.reports_to_cycle': 400,
  'body.member_already': 409,
  'body.membership_dates': 400,
  'body.person_unknown': 400,
  'framework.import_invalid': 400,
  'framework.duplicate_key': 409,
  'framework.version_published': 409,
  'framework.builtin_readonly': 409,
  'framework.no_draft': 409,
  'framework.duplicate_code': 400,
  'framework.unknown_parent': 400,
  'programme.rus_not_found': 400,
  'initiative.unknown_stakeholder_group': 400,
  'assessment.finished': 409,
  'assessment.not_finished': 409,
  'assessment.in_progress_exists': 409,
  'assessment.item_not_in_framework': 400,
  'assessment.duplicate_impact': 409,
  'assessment.rank_only_step2': 400,
  'assessment.actor_identity': 400,
  'assessment.side_invalid': 400,
  'assessment.position_required': 400,
  'assessment.different_initiatives': 400,
  'action.responsible_required': 400,
  'action.deadline_before_start': 400,
  'action.answers_unknown': 400,
  'agreement.date_invalid': 400,
  'agreement.amount_invalid': 400,
  'agreement.percent_invalid': 400,
  'agreement.population_invalid': 400,
  'agreement.index_invalid': 400,
  'agreement.index_duplicate': 409,
  'agreement.index_missing': 409,
  'agreement.shares_invalid': 400,
  'agreement.shares_not_100': 400,
  'agreement.area_unknown': 400,
  'agreement.withholding_above_half': 400,
  'agreement.terms_invalid': 400,
  'agreement.validity_order': 400,
  'agreement.notice_too_late': 409,
  'agreement.notice_exists': 409,
  'agreement.bankgiro_invalid': 400,
  'agreement.versions_overlap': 409,
  // surveys
  'survey.link_invalid': 404,
  'survey.closed': 409,
  'survey.already_submitted': 409,
  'survey.answer_invalid': 400,
  'survey.answer_required': 400,
  'survey.structure_invalid': 400,
  'survey.scale_unknown': 400,
  'survey.scale_builtin': 409,
  'survey.template_unknown': 404,
  'survey.dates_invalid': 400,
  'followup.duplicate_cycle': 409,
  'followup.area_unknown': 400,
  'followup.not_municipality': 400,
  'followup.report_published': 409,
  'followup.report_duplicate': 409,
  'followup.no_reports': 409,
  'followup.feedback_submitted': 409,
  'followup.feedback_incomplete': 400,
  'followup.decided': 409,
  'followup.questionnaire_linked': 409,
  'followup.no_template_areas': 400,
  'survey.not_draft': 409,
  'survey.not_open': 409,
  'survey.no_respondent': 400,
  'data.import_not_empty': 409,
  'data.import_invalid': 400,
  'database.unavailable': 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? code);
    this.code = code;
    this.details = details ?? null;
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('record.not_found', `${what} ${id} was not found`, { entity: what, id });

/** Body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details: unknown };
}
