import { useQuery } from '@tanstack/react-query';
import type {
  CreateBenchmark,
  CreateCriterion,
  CreateDocument,
  CreateReview,
  RemoveDocument,
  Review,
  ReviewSummary,
  SaveRating,
  UpdateCriterion,
  UpdateReview,
} from '../../../genderReview/contract';
import { call, client } from '../../api/client';
import { currentLocale } from '../../i18n';

export type { Review, ReviewSummary };
export type ReviewDocument = Review['documents'][number];
export type Criterion = Review['criteria'][number];

export const reviewKeys = {
  all: ['genderReview'] as const,
  list: ['genderReview', 'list'] as const,
  one: (id: string) => ['genderReview', 'one', id] as const,
};

export const reviewLinks = {
  list: '/gender-reviews',
  create: '/gender-reviews/new',
  review: (id: string, tab?: string) => `/gender-reviews/${id}${tab ? `?tab=${tab}` : ''}`,
  edit: (id: string) => `/gender-reviews/${id}/edit`,
  document: (id: string, documentId: string) => `/gender-reviews/${id}/documents/${documentId}`,
  /** The report as a file (a plain link; the session cookie authenticates it), in the user's language. */
  report: (id: string, kind: 'docx' | 'pdf') =>
    `/api/gender-reviews/${id}/report.${kind}?lang=${currentLocale() === 'en' ? 'en' : 'sv'}`,
};

const path = (id: string) => ({ params: { path: { id } } });

/** The gender review API as typed functions. */
export const reviewApi = {
  list: () => call(client.GET('/api/gender-reviews')),
  one: (id: string): Promise<Review> => call(client.GET('/api/gender-reviews/{id}', path(id))),
  create: (body: CreateReview): Promise<Review> => call(client.POST('/api/gender-reviews', { body })),
  update: (id: string, body: UpdateReview): Promise<Review> =>
    call(client.PATCH('/api/gender-reviews/{id}', { ...path(id), body })),
  addDocument: (id: string, body: CreateDocument): Promise<Review> =>
    call(client.POST('/api/gender-reviews/{id}/documents', { ...path(id), body })),
  addCriterion: (id: string, body: CreateCriterion): Promise<Review> =>
    call(client.POST('/api/gender-reviews/{id}/criteria', { ...path(id), body })),
  rate: (id: string, documentId: string, criterion: string, body: SaveRating): Promise<Review> =>
    call(
      client.PUT('/api/gender-reviews/{id}/documents/{documentId}/ratings/{criterion}', {
        params: { path: { id, documentId, criterion } },
        body,
      }),
    ),
  addBenchmark: (id: string, body: CreateBenchmark): Promise<Review> =>
    call(client.POST('/api/gender-reviews/{id}/benchmarks', { ...path(id), body })),
  removeDocument: (id: string, documentId: string, body: RemoveDocument): Promise<Review> =>
    call(
      client.DELETE('/api/gender-reviews/{id}/documents/{documentId}', {
        params: { path: { id, documentId } },
        body,
      }),
    ),
  removeBenchmark: (id: string, benchmarkId: string, version: number): Promise<Review> =>
    call(
      client.DELETE('/api/gender-reviews/{id}/benchmarks/{benchmarkId}', {
        params: { path: { id, benchmarkId } },
        body: { version },
      }),
    ),
  /** An own criterion by its key; `version` is the review's (own criteria share it). */
  updateCriterion: (id: string, criterion: string, body: UpdateCriterion): Promise<Review> =>
    call(client.PATCH('/api/gender-reviews/{id}/criteria/{criterion}', { params: { path: { id, criterion } }, body })),
  removeCriterion: (id: string, criterion: string, version: number): Promise<Review> =>
    call(
      client.DELETE('/api/gender-reviews/{id}/criteria/{criterion}', {
        params: { path: { id, criterion } },
        body: { version },
      }),
    ),
};

export function useReviews() {
  return useQuery({ queryKey: reviewKeys.list, queryFn: reviewApi.list });
}
export function useReview(id: string) {
  return useQuery({ queryKey: reviewKeys.one(id), queryFn: () => reviewApi.one(id) });
}
