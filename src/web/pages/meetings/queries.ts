import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Announce,
  CasePage,
  CreateItem,
  CreateMeeting,
  DispatchList,
  Item,
  Meeting,
  MeetingPage,
  ParticipantInput,
  SendExtracts,
  UpdateItem,
  UpdateMeeting,
} from '../../../meetings/contract';
import { call, client } from '../../api/client';

export type { Item, Meeting };
export type MeetingSummary = z.infer<typeof MeetingPage>['items'][number];
export type Participant = Meeting['participants'][number];

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (p: object) => ['meetings', 'list', p] as const,
  one: (id: string) => ['meetings', id] as const,
  item: (id: string, itemId: string) => ['meetings', id, 'items', itemId] as const,
  dispatches: (id: string) => ['meetings', id, 'dispatches'] as const,
  cases: (organisationId: string) => ['meetings', 'cases', organisationId] as const,
};

/** The meetings API as typed functions (paths and shapes from the OpenAPI document). */
export const meetingsApi = {
  list: (f: { bodyId?: string; status?: Meeting['status'] }): Promise<z.infer<typeof MeetingPage>> =>
    call(client.GET('/api/meetings', { params: { query: { limit: 500, bodyId: f.bodyId, status: f.status } } })),
  get: (id: string): Promise<Meeting> => call(client.GET('/api/meetings/{id}', { params: { path: { id } } })),
  create: (bodyId: string, body: CreateMeeting): Promise<Meeting> =>
    call(client.POST('/api/bodies/{bodyId}/meetings', { params: { path: { bodyId } }, body })),
  update: (id: string, body: UpdateMeeting): Promise<Meeting> =>
    call(client.PATCH('/api/meetings/{id}', { params: { path: { id } }, body })),
  setParticipants: (id: string, version: number, participants: ParticipantInput[]): Promise<Meeting> =>
    call(client.PUT('/api/meetings/{id}/participants', { params: { path: { id } }, body: { version, participants } })),
  held: (id: string, version: number): Promise<Meeting> =>
    call(client.POST('/api/meetings/{id}/held', { params: { path: { id } }, body: { version } })),
  sendCall: (id: string, version: number): Promise<Meeting> =>
    call(client.POST('/api/meetings/{id}/call', { params: { path: { id } }, body: { version } })),
  approve: (id: string, version: number): Promise<Meeting> =>
    call(client.POST('/api/meetings/{id}/approve', { params: { path: { id } }, body: { version } })),
  announce: (id: string, body: z.input<typeof Announce>): Promise<Meeting> =>
    call(client.POST('/api/meetings/{id}/announce', { params: { path: { id } }, body })),
  correct: (id: string, version: number, note: string): Promise<Meeting> =>
    call(client.POST('/api/meetings/{id}/corrections', { params: { path: { id } }, body: { version, note } })),
  sendExtracts: (id: string, body: z.input<typeof SendExtracts>): Promise<Meeting> =>
    call(client.POST('/api/meetings/{id}/extracts', { params: { path: { id } }, body })),
  dispatches: (id: string): Promise<z.infer<typeof DispatchList>> =>
    call(client.GET('/api/meetings/{id}/dispatches', { params: { path: { id } } })),
  createItem: (id: string, body: z.input<typeof CreateItem>): Promise<Item> =>
    call(client.POST('/api/meetings/{id}/items', { params: { path: { id } }, body })),
  item: (id: string, itemId: string): Promise<Item> =>
    call(client.GET('/api/meetings/{id}/items/{itemId}', { params: { path: { id, itemId } } })),
  updateItem: (id: string, itemId: string, body: UpdateItem): Promise<Item> =>
    call(client.PATCH('/api/meetings/{id}/items/{itemId}', { params: { path: { id, itemId } }, body })),
  approveItem: (id: string, itemId: string, version: number): Promise<Item> =>
    call(
      client.POST('/api/meetings/{id}/items/{itemId}/approve', { params: { path: { id, itemId } }, body: { version } }),
    ),
  history: (id: string) => call(client.GET('/api/meetings/{id}/audit', { params: { path: { id } } })),
  cases: (organisationId: string): Promise<z.infer<typeof CasePage>> =>
    call(client.GET('/api/cases', { params: { query: { organisationId, limit: 500 } } })),
};

/** Downloads are plain links (the browser saves the file; the session cookie goes along). */
export const meetingFiles = {
  protocol: (id: string, ext: 'pdf' | 'docx') => `/api/meetings/${id}/protocol.${ext}`,
  extract: (id: string, numbers: number[], ext: 'pdf' | 'docx') =>
    `/api/meetings/${id}/extract.${ext}?numbers=${numbers.join(',')}`,
};

export const meetingLinks = {
  list: '/meetings',
  create: (bodyId?: string) => (bodyId ? `/meetings/new?bodyId=${bodyId}` : '/meetings/new'),
  meeting: (id: string, tab?: string) => (tab ? `/meetings/${id}?tab=${tab}` : `/meetings/${id}`),
};

export function useMeetings(f: { bodyId?: string } = {}) {
  return useQuery({
    queryKey: meetingKeys.list(f),
    queryFn: () => meetingsApi.list(f),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.one(id), queryFn: () => meetingsApi.get(id) });
}

export function useItem(id: string, itemId: string | null) {
  return useQuery({
    queryKey: meetingKeys.item(id, itemId ?? ''),
    queryFn: () => meetingsApi.item(id, itemId!),
    enabled: !!itemId,
    // The editor owns the text once open: no refetch may overwrite what is being typed.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useDispatches(id: string) {
  return useQuery({ queryKey: meetingKeys.dispatches(id), queryFn: () => meetingsApi.dispatches(id) });
}

export function useMeetingCases(organisationId: string) {
  return useQuery({ queryKey: meetingKeys.cases(organisationId), queryFn: () => meetingsApi.cases(organisationId) });
}
