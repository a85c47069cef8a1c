import { defineErrors } from '../platform/errors.js';

/** The surveys error codes: status and meaning (the web's texts live in src/web/i18n/{sv,en}/errors.ts). */
export const surveyErrors = defineErrors({
  'survey.link_invalid': {
    status: 404,
    meaning: 'The link is not valid. Check that the whole link was copied, or ask the sender for a new one.',
  },
  'survey.closed': {
    status: 409,
    meaning: 'The questionnaire is closed and no longer takes answers (the last day was … ).',
  },
  'survey.already_submitted': {
    status: 409,
    meaning: 'The questionnaire has already been answered ( … ). The link cannot be used again.',
  },
  'survey.answer_invalid': { status: 400, meaning: 'The answer to question … is not valid.' },
  'survey.answer_required': { status: 400, meaning: 'Answer the required questions: … .' },
  'survey.structure_invalid': {
    status: 400,
    meaning: 'The questionnaire’s structure is invalid. Check its sections, questions and answer options.',
  },
  'survey.scale_unknown': { status: 400, meaning: 'Choose one of the county’s answer scales.' },
  'survey.scale_builtin': {
    status: 409,
    meaning: 'A built-in answer scale cannot be changed. Create a scale of your own instead.',
  },
  'survey.template_unknown': { status: 404, meaning: 'The questionnaire template does not exist.' },
  'survey.dates_invalid': { status: 400, meaning: 'The closing date cannot be before the opening date.' },
  'survey.not_draft': {
    status: 409,
    meaning: 'Questions and anonymity can only be changed while the questionnaire is a draft.',
  },
  'survey.not_open': { status: 409, meaning: 'The questionnaire must be open to send invitations and reminders.' },
  'survey.no_respondent': {
    status: 400,
    meaning: 'There is no one to send to: the collaboration body has no chair or secretary with an e-mail address.',
  },
});

type SurveyErrors = typeof surveyErrors;
declare module '../platform/errors.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's codes
  interface ErrorCodes extends SurveyErrors {}
}
