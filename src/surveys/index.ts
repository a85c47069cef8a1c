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

// What other capabilities may use. Tables are exported for read-only joins until each is
// replaced by a function of this face (ARCHITECTURE.md, “what is left”).
export { numbered } from './answers.js';
export { compileLoaded } from './compilation.js';
export { compile, percent } from './compile.js';
export { insertFromTemplate } from './questionnaires.js';
export { findQuestionnaire } from './repository.js';
export { releasedAnonymous } from './respond.js';
export { builtinScales, templates } from './template.js';
export { invitations, questionnaires, responses } from './schema.js';
