/** The survey engine: scales, questionnaires, invitations, answering, compilation. */
import { defineCapability } from '../platform/capability.js';
import type { Executor } from '../platform/db/database.js';
import { surveyRoutes } from './routes.js';
import { surveyErrors } from './errors.js';
import * as tables from './schema.js';
import type { Compilation, QuestionnaireRecord } from './contract.js';
import { compileRecord } from './compilation.js';
import { releasedAnonymous as released } from './anonymity.js';

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
export { findQuestionnaire } from './repository.js';
export { builtinScales, templates } from './template.js';
export { questionnaires } from './schema.js';

/**
 * Until the follow-up passes config.ANONYMOUS_MIN_GROUP to compileSurvey/surveyResponses: the
 * default group (5), so anonymous answers are never shown in smaller groups meanwhile.
 * @deprecated use compileSurvey
 */
const interim = { minGroup: 5 };
/** @deprecated use compileSurvey(db, q.id, { minGroup: config.ANONYMOUS_MIN_GROUP, previous }) */
export const compileLoaded = (
  db: Executor,
  q: QuestionnaireRecord,
  previous: { year: number; compilation: Compilation }[] = [],
) => compileRecord(db, q, { ...interim, previous });
/** @deprecated use surveyResponses(db, id, { minGroup: config.ANONYMOUS_MIN_GROUP }) */
export const releasedAnonymous = async (db: Executor, q: Pick<QuestionnaireRecord, 'id'>) => {
  const r = await released(db, q.id, interim);
  return { rows: r.rows, waiting: r.notShown };
};
export { surveyWorkFor, type SurveyWork } from './my-work.js';
