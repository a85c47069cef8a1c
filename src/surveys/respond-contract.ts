import { z } from 'zod';
import { AnswersInput, AnswerValue, locales, questionTypes } from './contract.js';

/** The public, account-free answering API: only what the respondent needs, in their language. */
export const TokenParams = z.object({ token: z.string().max(200) });
export const LangQuery = z.object({ lang: z.enum(locales).optional() });

export const RespondQuestion = z.object({
  key: z.string(),
  number: z.number(),
  type: z.enum(questionTypes),
  text: z.string(),
  help: z.string().nullable(),
  required: z.boolean(),
  options: z.array(z.object({ code: z.string(), label: z.string() })).optional(),
  statements: z.array(z.object({ key: z.string(), text: z.string() })).optional(),
  max: z.number().optional(),
  maxLength: z.number().optional(),
  maxSelected: z.number().nullable().optional(),
});
export type RespondQuestion = z.infer<typeof RespondQuestion>;

export const RespondView = z.object({
  lang: z.enum(locales),
  title: z.string(),
  intro: z.string().nullable(),
  anonymous: z.boolean(),
  closesAt: z.string(),
  respondent: z.object({ name: z.string(), bodyName: z.string().nullable() }),
  sections: z.array(z.object({ key: z.string(), title: z.string(), questions: z.array(RespondQuestion) })),
  answers: z.record(z.string(), AnswerValue),
});
export type RespondView = z.infer<typeof RespondView>;

export const SaveInput = z.object({ answers: AnswersInput });
export const Saved = z.object({ answers: z.record(z.string(), AnswerValue) });
export const SubmitInput = z.object({
  /** Made once by the client for its submit; sending it again (a retry) gets the same success. */
  submissionId: z.uuid({ message: 'must be a uuid made by the client for this submit' }),
  answers: AnswersInput.optional(),
});
export const Submitted = z.object({ completed: z.literal(true), submittedAt: z.string().nullable() });
