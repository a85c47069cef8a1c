import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutosaveQueue, type AutosaveOptions, type Failure } from './autosave';

/**
 * A fake of the respondent's server behind a fake fetch: it keeps the saved answers and the
 * submitted ones, can be taken offline (fetch rejects, as a browser's does) or made to fail with a
 * status for the next requests.
 */
function fakeServer() {
  const saved: Record<string, unknown> = {};
  const submits: unknown[] = [];
  const s = { offline: false, failNext: [] as number[], saved, submits, puts: 0 };
  const fetch = vi.fn(async (url: string, init: { method: string; body: string }) => {
    if (s.offline) throw new TypeError('Failed to fetch');
    const status = s.failNext.shift();
    if (status) return new Response(JSON.stringify({ error: { code: 'x' } }), { status });
    const body = JSON.parse(init.body) as { answers: Record<string, unknown>; submissionId?: string };
    if (url.endsWith('/submit')) {
      submits.push(body);
      return new Response(JSON.stringify({ completed: true, submittedAt: '2026-10-20T10:00:00Z' }), { status: 200 });
    }
    s.puts += 1;
    Object.assign(saved, body.answers);
    return new Response(JSON.stringify({ answers: saved }), { status: 200 });
  });
  return Object.assign(s, { fetch });
}

class HttpFailure extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

function setup(server: ReturnType<typeof fakeServer>, opts: Partial<AutosaveOptions<unknown>> = {}) {
  let online = true;
  const kept: Record<string, unknown>[] = [];
  const failures: Failure[] = [];
  const request = async (url: string, body: unknown) => {
    const r = await server.fetch(url, { method: url.endsWith('/submit') ? 'POST' : 'PUT', body: JSON.stringify(body) });
    if (!r.ok) throw new HttpFailure(r.status);
    return (await r.json()) as unknown;
  };
  const queue = new AutosaveQueue<unknown>({
    send: (answers) => request('/api/respond/t', { answers }),
    persist: (p) => kept.push(p),
    classify: (err) => (err instanceof HttpFailure && err.status < 500 ? 'stop' : 'offline'),
    onFailure: (_err, f) => failures.push(f),
    isOnline: () => online,
    delay: 800,
    retryBase: 1000,
    retryMax: 8000,
    ...opts,
  });
  const submit = () => queue.submit(() => request('/api/respond/t/submit', { submissionId: 's1', answers: {} }));
  return {
    queue,
    kept,
    failures,
    submit,
    goOffline: () => {
      online = false;
      server.offline = true;
    },
    goOnline: () => {
      online = true;
      server.offline = false;
      queue.online();
    },
  };
}

describe('the autosave queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the changes once the person pauses, in one request', async () => {
    const server = fakeServer();
    const { queue } = setup(server);
    queue.set('q1', 'yes');
    await vi.advanceTimersByTimeAsync(500);
    queue.set('q2', 'largely');
    expect(queue.getState().status).toBe('pending');
    await vi.advanceTimersByTimeAsync(500);
    expect(server.fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(server.saved).toEqual({ q1: 'yes', q2: 'largely' });
    expect(queue.getState()).toMatchObject({ status: 'saved', waiting: 0 });
    expect(queue.getState().savedAt).toBeInstanceOf(Date);
  });

  it('keeps what is answered offline and sends it when the network is back', async () => {
    const server = fakeServer();
    const { queue, kept, goOffline, goOnline } = setup(server);
    goOffline();
    queue.set('q1', 'yes');
    queue.set('q6', 'Mer stöd');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.fetch).not.toHaveBeenCalled();
    expect(queue.getState()).toMatchObject({ status: 'offline', waiting: 2 });
    // Kept on the device all along, so a reload loses nothing.
    expect(kept.at(-1)).toEqual({ q1: 'yes', q6: 'Mer stöd' });
    goOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(server.saved).toEqual({ q1: 'yes', q6: 'Mer stöd' });
    expect(queue.getState()).toMatchObject({ status: 'saved', waiting: 0 });
    expect(kept.at(-1)).toEqual({});
  });

  it('sends what an earlier visit kept once the page starts', async () => {
    const server = fakeServer();
    const { queue } = setup(server, { pending: { q3: 'satisfied' } });
    expect(queue.getState()).toMatchObject({ status: 'pending', waiting: 1 });
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.fetch).not.toHaveBeenCalled();
    queue.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.saved).toEqual({ q3: 'satisfied' });
  });

  it('tries a failing request again, with a growing pause, until the server takes it', async () => {
    const server = fakeServer();
    server.failNext.push(503, 502, 500);
    const { queue } = setup(server);
    queue.set('q1', 'yes');
    await vi.advanceTimersByTimeAsync(800);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    expect(queue.getState()).toMatchObject({ status: 'offline', waiting: 1 });
    await vi.advanceTimersByTimeAsync(999);
    expect(server.fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 1 s after the first failure
    expect(server.fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1999);
    expect(server.fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1); // 2 s after the second
    expect(server.fetch).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(4000); // 4 s after the third: taken
    expect(server.fetch).toHaveBeenCalledTimes(4);
    expect(server.saved).toEqual({ q1: 'yes' });
    expect(queue.getState().status).toBe('saved');
  });

  it('stops on a refusal that no retry changes, and says so', async () => {
    const server = fakeServer();
    server.failNext.push(410);
    const { queue, failures } = setup(server);
    queue.set('q1', 'yes');
    await vi.advanceTimersByTimeAsync(800);
    expect(failures).toEqual(['stop']);
    queue.set('q2', 'no');
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.fetch).toHaveBeenCalledTimes(1);
  });

  it('drops only the answer the server refused and saves the others', async () => {
    const server = fakeServer();
    server.failNext.push(400);
    const { queue, failures } = setup(server, { classify: () => ({ drop: 'q6' }) });
    queue.set('q1', 'yes');
    queue.set('q6', 'x'.repeat(5000));
    await vi.advanceTimersByTimeAsync(800);
    expect(failures).toEqual([{ drop: 'q6' }]);
    expect(queue.getState().status).toBe('error');
    await vi.advanceTimersByTimeAsync(1);
    expect(server.fetch).toHaveBeenCalledTimes(2);
    expect(server.saved).toEqual({ q1: 'yes' });
    expect(queue.getState().waiting).toBe(0);
  });

  it('has one request in flight; what changes meanwhile follows it, and the last value wins', async () => {
    const server = fakeServer();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const first = server.fetch.getMockImplementation()!;
    server.fetch.mockImplementationOnce(async (url, init) => {
      await gate;
      return first(url, init);
    });
    const { queue } = setup(server);
    queue.set('q1', 'yes');
    await vi.advanceTimersByTimeAsync(800);
    expect(queue.getState().status).toBe('saving');
    queue.set('q1', 'no');
    queue.set('q2', 'a');
    queue.set('q2', 'b');
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.fetch).toHaveBeenCalledTimes(1); // still waiting for the first
    release();
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.fetch).toHaveBeenCalledTimes(2);
    expect(JSON.parse(server.fetch.mock.calls[1][1].body)).toEqual({ answers: { q1: 'no', q2: 'b' } });
    expect(server.saved).toEqual({ q1: 'no', q2: 'b' });
    expect(queue.getState()).toMatchObject({ status: 'saved', waiting: 0 });
  });

  it('submits the final answer once, however often it is asked for', async () => {
    const server = fakeServer();
    const { queue, submit } = setup(server);
    queue.set('q1', 'yes');
    const [a, b] = [submit(), submit()];
    expect(queue.getState().submitting).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(await a).toEqual(await b);
    expect(await submit()).toEqual(await a);
    expect(server.submits).toHaveLength(1);
    expect(queue.getState()).toMatchObject({ submitting: false, submitted: true, waiting: 0 });
    // Nothing is autosaved after the final answer.
    queue.set('q2', 'late');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.puts).toBe(0);
  });

  it('waits for a save on its way before submitting, and lets a failed submit be sent again', async () => {
    const server = fakeServer();
    const { queue, submit } = setup(server);
    queue.set('q1', 'yes');
    await vi.advanceTimersByTimeAsync(800);
    server.failNext.push(503);
    const failed = submit();
    await expect(failed).rejects.toThrow('HTTP 503');
    expect(queue.getState().submitting).toBe(false);
    await expect(submit()).resolves.toMatchObject({ completed: true });
    expect(server.submits).toHaveLength(1);
    const order = server.fetch.mock.calls.map(([url]) => (url.endsWith('/submit') ? 'submit' : 'save'));
    expect(order).toEqual(['save', 'submit', 'submit']);
  });
});
