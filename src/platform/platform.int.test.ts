import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, engines, startTestEnv, type TestEnv } from '../test/harness.js';
import { world } from '../test/factories.js';
import { openDatabase } from './db/database.js';
import { createMailer } from './mail/mailer.js';
import { buildApp } from './http/app.js';
import { capabilities } from '../app/capabilities.js';
import { testConfig } from './config.js';

describe.each(engines)('platform endpoints on %s', (engine) => {
  let env: TestEnv;
  let w: Awaited<ReturnType<typeof world>>;
  beforeAll(async () => {
    env = await startTestEnv(engine);
    w = await world(env.database.db);
  });
  afterAll(() => env?.close());

  it('serves the web app compressed, its hashed assets to be kept and its page to be checked again', async () => {
    // npm test builds the web app first (scripts/test.mjs); a bare vitest run without a build skips this.
    const page = await env.app.inject({
      method: 'GET',
      url: '/questionnaires',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    if (page.statusCode === 404) return;
    expect(page.headers['content-type']).toContain('text/html');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.body)?.[1];
    expect(script).toBeTruthy();
    const plain = await env.app.inject({ method: 'GET', url: script! });
    const packed = await env.app.inject({ method: 'GET', url: script!, headers: { 'accept-encoding': 'br, gzip' } });
    expect(['br', 'gzip']).toContain(packed.headers['content-encoding']);
    expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(packed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(
      (await env.app.inject({ method: 'GET', url: script!, headers: { 'accept-encoding': 'gzip' } })).headers[
        'content-encoding'
      ],
    ).toBe('gzip');
  });

  it('answers health and readiness', async () => {
    const c = new Client(env.app);
    expect((await c.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await c.get('/readyz')).body).toEqual({ status: 'ready', database: engine });
  });

  it('publishes an OpenAPI 3 document covering every API route, and interactive docs', async () => {
    const c = new Client(env.app);
    const doc = (await c.get('/api/openapi.json')).body;
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of [
      '/api/organisations',
      '/api/organisations/{id}',
      '/api/bodies/{id}/members',
      '/api/frameworks/import',
      '/api/auth/login',
      '/api/people',
      '/api/users',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect(
      doc.paths['/api/organisations'].post.requestBody.content['application/json'].schema.properties.municipalityCode,
    ).toBeDefined();
    // The API described for people is a page of the web interface (e2e/apidocs.e2e.test.ts drives it);
    // without a built interface the address leads to the document itself.
    const docs = await c.request('GET', '/api/docs');
    if (docs.status === 302) expect(docs.headers.location).toBe('/api/openapi.json');
    else {
      expect(docs.status).toBe(200);
      expect(String(docs.headers['content-type'])).toContain('text/html');
      expect(String(docs.body)).toContain('id="root"');
    }
  });

  it('answers unknown routes, wrong media types and oversized bodies with the error shape', async () => {
    const c = await new Client(env.app).login(w.coordinator.email);
    const missing = await c.get('/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'request.route_not_found' });
    const text = await c.request('POST', '/api/organisations', 'name=x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('request.unsupported_media_type');
    const huge = await c.request(
      'POST',
      '/api/organisations',
      JSON.stringify({ type: 'region', name: 'x', address: 'y'.repeat(5 * 1024 * 1024) }),
      { 'content-type': 'application/json' },
    );
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('request.too_large');
  });
});

/** A TCP proxy in front of PostgreSQL that can be cut, to lose the database and get it back. */
async function proxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  const listen = (port = 0) =>
    new Promise<number>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        sockets.add(client).add(upstream);
        client.pipe(upstream).pipe(client);
        const end = () => (client.destroy(), upstream.destroy());
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
      });
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
    });
  const port = await listen();
  return {
    port,
    cut: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        sockets.clear();
        server.close(() => r());
      }),
    restore: async () => {
      await listen(port);
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

describe.runIf(process.env.DATABASE_URL)('losing PostgreSQL', () => {
  it('answers 503 while the database is away and recovers by itself', async () => {
    const target = new URL(process.env.DATABASE_URL!);
    const p = await proxy(target);
    const url = new URL(target);
    url.host = `127.0.0.1:${p.port}`;
    const config = testConfig({ DATABASE_URL: url.toString() });
    const database = await openDatabase({ url: url.toString() });
    const app = await buildApp({ config, database, mailer: createMailer(config) }, capabilities);
    try {
      const c = new Client(app);
      expect((await c.get('/readyz')).status).toBe(200);
      expect((await c.get('/api/auth/session')).status).toBe(200);
      await p.cut();
      const ready = await c.get('/readyz');
      expect(ready.status).toBe(503);
      const down = await c.post('/api/auth/login', { email: 'someone@test.example', password: 'whatever password' });
      expect(down.status).toBe(503);
      expect(down.body.error.code).toBe('database.unavailable');
      expect((await c.get('/healthz')).status).toBe(200);
      await p.restore();
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i++) {
        status = (await c.get('/readyz')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      expect((await c.get('/api/auth/session')).status).toBe(200);
    } finally {
      await app.close();
      await database.close();
      await p.close();
    }
  });
});
