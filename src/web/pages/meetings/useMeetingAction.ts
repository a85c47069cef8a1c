import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSave } from '../../kit';
import { meetingKeys, type Meeting } from './queries';

/**
 * One action on a meeting (send the call, mark held, approve, announce, correct): sent with the
 * version on screen; the answer replaces the meeting in the cache at once. A refusal (403, 409 …)
 * stays on screen in words until the next action; a stale version reloads the meeting.
 */
export function useMeetingAction<I>(m: Meeting, send: (input: I, version: number) => Promise<Meeting>) {
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const save = useSave<I, Meeting>({
    send: (input) => send(input, m.version),
    invalidate: [meetingKeys.all],
    onSaved: (after) => {
      qc.setQueryData(meetingKeys.one(m.id), after);
      setDone(true);
    },
    onError: (e) => {
      setError(e);
      void qc.invalidateQueries({ queryKey: meetingKeys.one(m.id) });
    },
  });
  return {
    run: (input: I) => {
      setError(null);
      setDone(false);
      save.submit(input);
    },
    pending: save.pending,
    error,
    done,
  };
}
