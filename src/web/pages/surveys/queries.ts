import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Compilation,
  Invitation,
  Questionnaire,
  QuestionnaireSummary,
  ResponseRate,
  Scale,
  TemplateInfo,
} from '../../../surveys/contract';
import { api } from '../../api';

export type Summary = z.infer<typeof QuestionnaireSummary>;
export type Template = z.infer<typeof TemplateInfo>;
export type { Compilation, Invitation, Questionnaire, ResponseRate, Scale };

export const questionnaireKeys = {
  all: ['questionnaires'] as const,
  list: ['questionnaires', 'list'] as const,
  one: (id: string) => ['questionnaires', id] as const,
  invitations: (id: string) => ['questionnaires', id, 'invitations'] as const,
  rate: (id: string) => ['questionnaires', id, 'response-rate'] as const,
  compilation: (id: string) => ['questionnaires', id, 'compilation'] as const,
};

export const useQuestionnaires = () =>
  useQuery({ queryKey: questionnaireKeys.list, queryFn: () => api.get<Summary[]>('/api/questionnaires') });
export const useQuestionnaire = (id: string) =>
  useQuery({
    queryKey: questionnaireKeys.one(id),
    queryFn: () => api.get<Questionnaire>(`/api/questionnaires/${id}`),
    enabled: !!id,
  });
export const useSurveyTemplates = () =>
  useQuery({ queryKey: ['survey-templates'], queryFn: () => api.get<Template[]>('/api/survey-templates') });
export const useInvitations = (id: string) =>
  useQuery({
    queryKey: questionnaireKeys.invitations(id),
    queryFn: () => api.get<Invitation[]>(`/api/questionnaires/${id}/invitations`),
  });
export const useResponseRate = (id: string) =>
  useQuery({
    queryKey: questionnaireKeys.rate(id),
    queryFn: () => api.get<ResponseRate>(`/api/questionnaires/${id}/response-rate`),
  });
export const useCompilation = (id: string) =>
  useQuery({
    queryKey: questionnaireKeys.compilation(id),
    queryFn: () => api.get<Compilation>(`/api/questionnaires/${id}/compilation`),
  });

export const scaleKeys = { all: ['survey-scales'] as const };
export const useScales = () =>
  useQuery({ queryKey: scaleKeys.all, queryFn: () => api.get<Scale[]>('/api/survey-scales') });
