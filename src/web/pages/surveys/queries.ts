import { useQuery } from '@tanstack/react-query';
import type {
  BodyRecipient,
  Compilation,
  CreateQuestionnaire,
  FromTemplate,
  Invitation,
  Questionnaire,
  QuestionnairePage,
  QuestionnaireSummary,
  ResponseRate,
  Scale,
  ScalePage,
  Skipped,
  UpdateQuestionnaire,
} from '../../../surveys/contract';
import type { AnswerValue } from '../../../surveys/contract';
import type { RespondView } from '../../../surveys/respond-contract';
import type { z } from 'zod';
import type { TemplateInfo } from '../../../surveys/contract';
import { call, client } from '../../api/client';

export type Summary = QuestionnaireSummary;
export type Template = z.infer<typeof TemplateInfo>;
export type { BodyRecipient, Compilation, Invitation, Questionnaire, ResponseRate, Scale, Skipped };
export type InviteResult = { created: number; invitations: Invitation[]; skipped: Skipped[] };
type ScaleInput = { name: Scale['name']; options: Scale['options'] };

export const questionnaireKeys = {
  all: ['questionnaires'] as const,
  list: ['questionnaires', 'list'] as const,
  one: (id: string) => ['questionnaires', id] as const,
  invitations: (id: string) => ['questionnaires', id, 'invitations'] as const,
  recipients: (id: string) => ['questionnaires', id, 'body-recipients'] as const,
  rate: (id: string) => ['questionnaires', id, 'response-rate'] as const,
  compilation: (id: string) => ['questionnaires', id, 'compilation'] as const,
};

const path = (id: string) => ({ params: { path: { id } } });

/** The surveys API as typed functions (paths and shapes from the OpenAPI document). */
export const surveysApi = {
  list: (): Promise<QuestionnairePage> => call(client.GET('/api/questionnaires')),
  get: (id: string): Promise<Questionnaire> => call(client.GET('/api/questionnaires/{id}', path(id))),
  create: (body: CreateQuestionnaire): Promise<Questionnaire> => call(client.POST('/api/questionnaires', { body })),
  fromTemplate: (key: string, body: FromTemplate): Promise<Questionnaire> =>
    call(client.POST('/api/questionnaires/from-template/{key}', { params: { path: { key } }, body })),
  update: (id: string, body: UpdateQuestionnaire): Promise<Questionnaire> =>
    call(client.PATCH('/api/questionnaires/{id}', { ...path(id), body })),
  open: (q: Questionnaire): Promise<Questionnaire> =>
    call(client.POST('/api/questionnaires/{id}/open', { ...path(q.id), body: { version: q.version } })),
  close: (q: Questionnaire): Promise<Questionnaire> =>
    call(client.POST('/api/questionnaires/{id}/close', { ...path(q.id), body: { version: q.version } })),
  templates: (): Promise<Template[]> => call(client.GET('/api/survey-templates')),
  invitations: (id: string): Promise<Invitation[]> =>
    call(client.GET('/api/questionnaires/{id}/invitations', path(id))),
  recipients: (id: string): Promise<BodyRecipient[]> =>
    call(client.GET('/api/questionnaires/{id}/body-recipients', path(id))),
  invite: (id: string, bodyIds: string[], personIds: string[]): Promise<InviteResult> =>
    call(client.POST('/api/questionnaires/{id}/invitations', { ...path(id), body: { bodyIds, personIds } })),
  remind: (id: string, body: { minIntervalDays: number; maxCount: number }): Promise<{ sent: number }> =>
    call(client.POST('/api/questionnaires/{id}/reminders', { ...path(id), body })),
  rate: (id: string): Promise<ResponseRate> => call(client.GET('/api/questionnaires/{id}/response-rate', path(id))),
  compilation: (id: string): Promise<Compilation> => call(client.GET('/api/questionnaires/{id}/compilation', path(id))),
  scales: (): Promise<ScalePage> => call(client.GET('/api/survey-scales')),
  createScale: (body: ScaleInput): Promise<Scale> => call(client.POST('/api/survey-scales', { body })),
  updateScale: (id: string, body: Partial<ScaleInput> & { version: number }): Promise<Scale> =>
    call(client.PATCH('/api/survey-scales/{id}', { ...path(id), body })),
};

type Answers = Record<string, AnswerValue | null>;
const link = (token: string) => ({ path: { token } });

/** The respondent's side: one invitation link, no account (the CSRF cookie comes with the session). */
export const respondApi = {
  view: (token: string, lang: 'sv' | 'en'): Promise<RespondView> =>
    call(client.GET('/api/respond/{token}', { params: { ...link(token), query: { lang } } })),
  save: (token: string, answers: Answers) =>
    call(client.PUT('/api/respond/{token}', { params: link(token), body: { answers } })),
  submit: (
    token: string,
    body: { submissionId: string; answers: Answers },
  ): Promise<{ completed: true; submittedAt: string | null }> =>
    call(client.POST('/api/respond/{token}/submit', { params: link(token), body })),
  session: (): Promise<{ csrfToken: string }> => call(client.GET('/api/auth/session')),
};

export const useQuestionnaires = () => useQuery({ queryKey: questionnaireKeys.list, queryFn: surveysApi.list });
export const useQuestionnaire = (id: string) =>
  useQuery({ queryKey: questionnaireKeys.one(id), queryFn: () => surveysApi.get(id), enabled: !!id });
export const useSurveyTemplates = () => useQuery({ queryKey: ['survey-templates'], queryFn: surveysApi.templates });
export const useInvitations = (id: string) =>
  useQuery({ queryKey: questionnaireKeys.invitations(id), queryFn: () => surveysApi.invitations(id) });
export const useBodyRecipients = (id: string) =>
  useQuery({ queryKey: questionnaireKeys.recipients(id), queryFn: () => surveysApi.recipients(id) });
export const useResponseRate = (id: string) =>
  useQuery({ queryKey: questionnaireKeys.rate(id), queryFn: () => surveysApi.rate(id) });
export const useCompilation = (id: string) =>
  useQuery({ queryKey: questionnaireKeys.compilation(id), queryFn: () => surveysApi.compilation(id) });

export const scaleKeys = { all: ['survey-scales'] as const };
export const useScales = () => useQuery({ queryKey: scaleKeys.all, queryFn: surveysApi.scales });
