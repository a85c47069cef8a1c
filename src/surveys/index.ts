/** The survey engine: scales, questionnaires, invitations, answering, compilation. */
import { defineCapability } from '../platform/capability.js';
import { surveyRoutes } from './routes.js';
import { surveyErrors } from './errors.js';
import * as tables from './schema.js';

export const surveysCapability = defineCapability({
  name: 'surveys',
  routes: surveyRoutes,
  tables,
  errors: surveyErrors,
  subjects: ['survey'],
  jobs: [],
});

// What other capabilities may use: these functions, and the table below for foreign keys only
// (in their schema.ts; the lint refuses other reads, ARCHITECTURE.md).
export { numbered } from './answers.js';
/**
 * compileSurvey(db, questionnaireId, { minGroup, previous }): a questionnaire's responses compiled,
 * named per body, anonymous only in groups of at least minGroup (pass config.ANONYMOUS_MIN_GROUP).
 * surveyResponses(db, questionnaireId, { minGroup }): the rows an export may show, same rule.
 */
export { compileSurvey, surveyResponses, type CompileOptions, type ExportedResponse } from './compilation.js';
export type { Anonymity } from './anonymity.js';
export { compile, percent } from './compile.js';
export { insertFromTemplate } from './questionnaires.js';
export { findQuestionnaire, questionnaireHeading } from './repository.js';
export { builtinScales, templates } from './template.js';
export { questionnaires } from './schema.js';

export { surveyWorkFor, type SurveyWork } from './my-work.js';
