import { z } from 'zod';

/** The one error shape (src/platform/errors.ts ErrorBody), for the 4xx answers a route documents. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown() }),
});
