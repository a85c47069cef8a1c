/**
 * The respondent's autosave queue, free of React and of the browser: the answers changed since the
 * server last had them, sent a moment after the person stops typing, one request at a time, kept
 * while the device is offline and retried with a growing pause when the server cannot take them,
 * and a final submit that is sent once however often it is asked for.
 *
 *   const q = new AutosaveQueue({ send: (changes) => saveDraft(token, changes), pending: stored.pending,
 *     persist: (p) => keep(p), classify: (err) => (dropped(err) ? { drop: key } : 'offline') });
 *   q.subscribe(render); q.online(); q.set('q1', 'yes'); await q.submit(() => sendAll());
 *
 * Timers are the global `setTimeout`/`clearTimeout`, so tests drive it with fake timers.
 */

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'error';

/**
 * What a failed send means: `offline` (the network or a busy server; kept and tried again), `error`
 * (something else that may pass; kept and tried again), `stop` (nothing will succeed: the link is used or
 * closed; the queue stops) or `{ drop }` (the server refused that one answer; the others are sent again).
 */
export type Failure = 'offline' | 'error' | 'stop' | { drop: string };

export interface AutosaveState {
  status: AutosaveStatus;
  /** When the server last took the answers. */
  savedAt: Date | null;
  /** How many answers wait to be sent. */
  waiting: number;
  /** The final answer is being sent. */
  submitting: boolean;
  /** The final answer was taken: nothing more is sent. */
  submitted: boolean;
}

export interface AutosaveOptions<V> {
  /** Sends the changed answers (key → value); resolves once the server has them. */
  send: (changes: Record<string, V>) => Promise<unknown>;
  /** Answers kept on the device from an earlier visit, not yet on the server. */
  pending?: Record<string, V>;
  /** Keeps what waits (e.g. in localStorage) after every change to it. */
  persist?: (pending: Record<string, V>) => void;
  /** What a failed send means; `offline` when not given. */
  classify?: (err: unknown) => Failure;
  /** A send that failed for good (`stop`) or one answer the server refused (`drop`). */
  onFailure?: (err: unknown, failure: Failure) => void;
  /** Whether the device has a network (navigator.onLine); a send waits for `online()` while it has none. */
  isOnline?: () => boolean;
  /** Pause after the last change before sending, ms. */
  delay?: number;
  /** First pause before trying a failed send again, ms; doubled each time, up to `retryMax`. */
  retryBase?: number;
  retryMax?: number;
}

const empty = (o: object) => Object.keys(o).length === 0;

export class AutosaveQueue<V> {
  private pending: Record<string, V>;
  private readonly opts: Required<Omit<AutosaveOptions<V>, 'pending' | 'persist' | 'onFailure'>> &
    Pick<AutosaveOptions<V>, 'persist' | 'onFailure'>;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The one request on its way (a save or the final submit). */
  private inFlight: Promise<unknown> | null = null;
  private failures = 0;
  private stopped = false;
  private final: Promise<unknown> | null = null;
  private state: AutosaveState;
  private readonly listeners = new Set<(s: AutosaveState) => void>();

  constructor(opts: AutosaveOptions<V>) {
    this.opts = {
      classify: () => 'offline',
      isOnline: () => true,
      delay: 800,
      retryBase: 2000,
      retryMax: 60_000,
      ...opts,
    };
    this.pending = { ...opts.pending };
    this.state = { status: 'idle', savedAt: null, waiting: 0, submitting: false, submitted: false };
    // What an earlier visit kept waits for `online()` (the page calls it once it is shown).
    if (!empty(this.pending)) this.update({ status: 'pending' });
  }

  /** The answers that wait to be sent (a copy). */
  waiting(): Record<string, V> {
    return { ...this.pending };
  }

  getState(): AutosaveState {
    return this.state;
  }

  subscribe(listener: (s: AutosaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One answer changed: kept at once, sent after the pause (the last value of a key wins). */
  set(key: string, value: V) {
    if (this.stopped || this.state.submitted) return;
    this.pending[key] = value;
    this.opts.persist?.(this.waiting());
    this.update({ status: this.state.status === 'offline' ? 'offline' : 'pending' });
    this.schedule(this.opts.delay);
  }

  /** The network is back (or the page has started): send what waits now. */
  online() {
    if (!empty(this.pending)) this.schedule(0);
  }

  /** Send what waits now (the timer's job; also callable directly). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || this.state.submitted || this.final || empty(this.pending)) return;
    if (this.inFlight) return; // the running request schedules the next when it ends
    if (!this.opts.isOnline()) {
      this.update({ status: 'offline' });
      return; // online() resumes
    }
    const sent = { ...this.pending };
    this.update({ status: 'saving' });
    const request = this.opts.send(sent);
    this.inFlight = request;
    try {
      await request;
      this.failures = 0;
      // Only what did not change meanwhile has been saved; a newer value still waits.
      for (const k of Object.keys(sent)) if (this.pending[k] === sent[k]) delete this.pending[k];
      this.opts.persist?.(this.waiting());
      this.update({ status: empty(this.pending) ? 'saved' : 'pending', savedAt: new Date() });
      if (!empty(this.pending)) this.schedule(0);
    } catch (err) {
      this.failed(err);
    } finally {
      this.inFlight = null;
    }
  }

  private failed(err: unknown) {
    const failure = this.opts.classify(err);
    if (failure === 'stop') {
      this.stopped = true;
      this.update({ status: 'error' });
      this.opts.onFailure?.(err, failure);
      return;
    }
    if (typeof failure === 'object') {
      delete this.pending[failure.drop];
      this.opts.persist?.(this.waiting());
      this.update({ status: 'error' });
      this.opts.onFailure?.(err, failure);
      if (!empty(this.pending)) this.schedule(0);
      return;
    }
    this.failures += 1;
    this.update({ status: failure });
    this.schedule(Math.min(this.opts.retryMax, this.opts.retryBase * 2 ** (this.failures - 1)));
  }

  /**
   * The final answer, sent once: a second call while it is on its way, or after it was taken, gets the
   * same answer without a second request. Autosaves pause meanwhile (a save on its way is waited for);
   * when it fails they resume and a later call sends it again.
   */
  submit<R>(send: () => Promise<R>): Promise<R> {
    if (this.final) return this.final as Promise<R>;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.update({ submitting: true });
    const run = (async () => {
      if (this.inFlight) await this.inFlight.catch(() => undefined);
      const request = Promise.resolve().then(send);
      this.inFlight = request;
      try {
        const r = await request;
        this.pending = {};
        this.opts.persist?.({});
        this.update({ submitting: false, submitted: true, waiting: 0 });
        return r;
      } catch (err) {
        this.final = null;
        this.update({ submitting: false });
        if (!empty(this.pending)) this.schedule(this.opts.delay);
        throw err;
      } finally {
        this.inFlight = null;
      }
    })();
    this.final = run;
    return run;
  }

  /** Stop the timer (the page is left); what waits stays kept, and `online()` starts again. */
  dispose() {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private update(s: Partial<AutosaveState>) {
    this.state = { ...this.state, ...s, waiting: s.waiting ?? Object.keys(this.pending).length };
    for (const l of this.listeners) l(this.state);
  }
}
