import type { FastifyInstance } from 'fastify';

/**
 * Headers helmet does not set (issue 11, item 10).
 * - Permissions-Policy: Samsyn uses no camera, microphone, location, payment or the like, so no
 *   page (nor anything injected into one) may ask for them.
 * - Cache-Control: no-store on every API answer — they carry personal or unpublished data, and a
 *   shared computer's or proxy's cache must not keep them. Only the public API description and
 *   its docs page are exempt; a route that chose its own Cache-Control (downloads) keeps it.
 */
export const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'usb=()',
  'interest-cohort=()',
].join(', ');

const publicApi = /^\/api\/(openapi\.json|docs)(\/|$|\?)/;

export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('permissions-policy', permissionsPolicy);
    if (req.url.startsWith('/api/') && !publicApi.test(req.url) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', 'no-store');
    }
    return payload;
  });
}
