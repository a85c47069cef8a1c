import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/error';
import { meetingKeys, meetingsApi, type Item } from './queries';
import { draftToInput, itemToDraft, type Draft } from './draft';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error' | 'stale';

/** The pause in typing after which the § is saved. */
export const AUTOSAVE_MS = 800;

/**
 * The § as the secretary types it, saved by itself: a short pause after the last keystroke sends
 * the whole § with the version it was based on (one save at a time; what is typed meanwhile goes
 * in the next). The draft on screen is never replaced by an answer: on a 400 it stays (with the
 * error naming the member) and the next keystroke tries again; on a 409 the stale notice offers
 * to save this text on top of the other person's or to take theirs.
 */
export function useAutosave(meetingId: string, item: Item) {
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => itemToDraft(item));
  const [server, setServer] = useState<Item>(item);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState<Item | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const draftRef = useRef(draft);
  const version = useRef(item.version);
  const inFlight = useRef(false);
  const again = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    if (blocked.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    const sent = draftRef.current;
    setState('saving');
    try {
      const saved = await meetingsApi.updateItem(meetingId, item.id, {
        ...draftToInput(sent),
        version: version.current,
      });
      version.current = saved.version;
      setServer(saved);
      setError(null);
      setSavedAt(new Date());
      qc.setQueryData(meetingKeys.item(meetingId, item.id), saved);
      void qc.invalidateQueries({ queryKey: meetingKeys.one(meetingId), exact: true });
      setState(draftRef.current === sent ? 'saved' : 'dirty');
      if (draftRef.current !== sent) again.current = true;
    } catch (e) {
      if (e instanceof ApiError && e.isStale) {
        blocked.current = true;
        again.current = false;
        setStale(e.current as Item);
        setState('stale');
      } else {
        setError(e);
        setState('error');
        again.current = false;
      }
    } finally {
      inFlight.current = false;
    }
    if (again.current) {
      again.current = false;
      void flush();
    }
  }, [meetingId, item.id, qc]);

  const update = useCallback(
    (change: (d: Draft) => Draft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraft(next);
      setState((s) => (s === 'stale' ? s : 'dirty'));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  // Leaving the § (another §, another tab) saves what is typed; leaving the page warns while unsaved.
  const unsaved = state === 'dirty' || state === 'saving' || state === 'error' || state === 'stale';
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  const dirty = useRef(false);
  dirty.current = state === 'dirty' || state === 'error';
  useEffect(
    () => () => {
      if (dirty.current && !blocked.current) void flush();
    },
    [flush],
  );

  return {
    draft,
    update,
    /** The § as last saved (the vote's result, the adjusting). */
    server,
    setServer: (i: Item) => {
      version.current = i.version;
      setServer(i);
    },
    version: () => version.current,
    state,
    savedAt,
    error,
    stale,
    saveNow: () => void flush(),
    /** Save my text on top of what the other person saved. */
    reapply: () => {
      if (!stale) return;
      version.current = stale.version;
      blocked.current = false;
      setStale(null);
      void flush();
    },
    /** Take the other person's § and drop my change. */
    useTheirs: () => {
      if (!stale) return;
      version.current = stale.version;
      blocked.current = false;
      const theirs = itemToDraft(stale);
      draftRef.current = theirs;
      setDraft(theirs);
      setServer(stale);
      setStale(null);
      setState('saved');
    },
  };
}
