import { useQuery } from '@tanstack/react-query';
import type { NoticeBoard } from '../../../meetings/contract';
import { call, client, isApiError } from '../../api/client';

/** A notice on the board, with the protocol's §§. */
export type Notice = NoticeBoard['items'][number];
export type Board = NoticeBoard;

export const noticeBoardKeys = { one: (organisationId: string) => ['notice-board', organisationId] as const };

/** Where the board's Atom feed is, relative to this site. */
export const feedPath = (organisationId: string) => `/public/notice-board/${organisationId}/feed.atom`;

/** The public notice board of an organisation (no sign-in). A malformed id is an unknown board, like a 404. */
export function useNoticeBoard(organisationId: string) {
  return useQuery({
    queryKey: noticeBoardKeys.one(organisationId),
    queryFn: async (): Promise<Board> =>
      call(
        client.GET('/public/notice-board/{organisationId}', {
          params: { path: { organisationId } },
        }),
      ),
    retry: (n, e) => !isApiError(e) && n < 2,
  });
}

export const isUnknownBoard = (e: unknown) =>
  isApiError(e, 'record.not_found') || isApiError(e, 'request.validation_failed');
