import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Services } from '../context.js';
import { AppError } from '../errors.js';
import { clientErrorHandler, frameworkErrors, registerErrorHandling } from './error-handler.js';
import { registerSecurityHeaders } from './security-headers.js';
import type { Capability } from '../capability.js';

const defaultWebDist = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** The HTTP server with the platform's plugins and every given capability's routes, in list order. */
export async function buildApp(services: Services, capabilities: readonly Capability[]): Promise<FastifyInstance> {
  const webDist = services.config.WEB_DIST ?? defaultWebDist;
  const app = Fastify({
    logger: services.config.LOG_LEVEL === 'silent' ? false : { level: services.config.LOG_LEVEL },
    // One line per request drowns what matters in a terminal; errors and 5xx are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 4 * 1024 * 1024,
    trustProxy: services.config.TRUST_PROXY as boolean | string[],
    // Refusals made before a route is found answer in the one error shape too.
    frameworkErrors,
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is refused with 415 rather than half-parsed.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);
  registerSecurityHeaders(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Samsyn API', version: '1', description: 'Regional collaboration on sustainable development' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'samsyn_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
    // Schemas with a Zod `.meta({ id })` (the recursive ones) become components that the $refs point at.
    transformObject: jsonSchemaTransformObject,
  });

  for (const c of capabilities) c.setup?.(app, services);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The API described for people is a page of the web interface (src/web/pages/apidocs), drawn
  // from /api/openapi.json: accessible and within the content security policy.
  app.get('/api/docs', { schema: { hide: true } }, (_req, reply) => {
    if (!existsSync(webDist)) return reply.redirect('/api/openapi.json');
    return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html', webDist);
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (_req, reply) => {
    try {
      await services.database.ping();
      return { status: 'ready', database: services.database.kind };
    } catch {
      return reply
        .status(503)
        .send({ error: { code: 'database.unavailable', message: 'The database cannot be reached', details: null } });
    }
  });

  for (const c of capabilities) if (c.routes) await app.register(c.routes(services));

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/',
      wildcard: false,
      index: false,
      // The build writes .br and .gz beside each file; the browser gets the smallest it accepts.
      preCompressed: true,
      cacheControl: false,
      // Files under /assets/ carry a content hash in their name: they never change, so they may be kept.
      setHeaders: (res, path) =>
        res.setHeader(
          'cache-control',
          /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !existsSync(webDist)) {
      const e = new AppError('request.route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`);
      return reply.status(e.status).send({ error: { code: e.code, message: e.message, details: null } });
    }
    // The web app routes in the browser: every other GET gets its page.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
