import { useEffect, useRef, useSyncExternalStore } from 'react';
import { AutosaveQueue, type AutosaveOptions, type AutosaveState } from './autosave';

/**
 * The autosave queue for one page (one `key`, e.g. the link's token): made once, told when the
 * browser is back online, stopped when the page is left; the state re-renders the page. The options'
 * functions are read when used, so they may change between renders.
 */
export function useAutosave<V>(
  key: string,
  options: AutosaveOptions<V>,
): { queue: AutosaveQueue<V>; state: AutosaveState } {
  const latest = useRef(options);
  latest.current = options;
  const made = useRef<{ key: string; queue: AutosaveQueue<V> } | null>(null);
  if (made.current?.key !== key) {
    const queue = new AutosaveQueue<V>({
      ...latest.current,
      send: (changes) => latest.current.send(changes),
      persist: (pending) => latest.current.persist?.(pending),
      classify: (err) => latest.current.classify?.(err) ?? 'offline',
      onFailure: (err, failure) => latest.current.onFailure?.(err, failure),
      isOnline: () => latest.current.isOnline?.() ?? (typeof navigator === 'undefined' || navigator.onLine),
    });
    made.current = { key, queue };
  }
  const queue = made.current.queue;
  useEffect(() => {
    const online = () => queue.online();
    window.addEventListener('online', online);
    queue.online();
    return () => {
      window.removeEventListener('online', online);
      queue.dispose();
    };
  }, [queue]);
  const state = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => queue.getState(),
  );
  return { queue, state };
}
