import type { FastifyRequest } from 'fastify';

/**
 * Route config for every route that sends mail: at most `perHour` calls an hour per signed-in
 * person (per address when anonymous, which such routes refuse anyway). Counted after the session
 * is read, so a person cannot dodge it by changing address.
 */
export const mailRateLimit = (perHour: number) => ({
  rateLimit: {
    max: perHour,
    timeWindow: 3600_000,
    hook: 'preHandler' as const,
    keyGenerator: (req: FastifyRequest) => {
      const actor = (req as FastifyRequest & { actor?: { userId: string } }).actor;
      return actor ? `mail|user|${actor.userId}` : `mail|ip|${req.ip}`;
    },
  },
});
