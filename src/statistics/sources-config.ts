/**
 * The sources as this server reaches them: clients at the configured base URLs, and the sources'
 * errors said as the capability's codes (a source down is a 503, an unknown KPI a 404).
 */
import type { Config } from '../platform/config.js';
import { AppError } from '../platform/errors.js';
import { createKoladaClient, type KoladaClient } from './sources/kolada.js';
import { SourceError } from './sources/http.js';
import { createScbClient, type ScbClient } from './sources/scb.js';

export function koladaClient(config: Config): KoladaClient {
  return createKoladaClient({ baseUrl: config.KOLADA_BASE_URL });
}

export function scbClient(config: Config): ScbClient {
  return createScbClient({ baseUrl: config.SCB_BASE_URL });
}

/** A SourceError as an AppError with a stable code; anything else unchanged. */
export function fromSource(err: unknown): unknown {
  if (!(err instanceof SourceError)) return err;
  const details = { source: err.source, status: err.details.status ?? null, ids: err.details.ids ?? [] };
  if (err.source === 'scb' && err.code === 'source.not_found')
    return new AppError('statistics.table_not_found', `${err.details.ids?.join(', ') ?? 'table'}: not in SCB`, details);
  if (err.source === 'scb' && (err.code === 'source.bad_request' || err.code === 'source.too_large'))
    return new AppError('statistics.selection_refused', `SCB refused the selection: ${err.message}`, {
      ...details,
      sourceCode: err.code,
    });
  switch (err.code) {
    case 'source.not_found':
      return new AppError(
        'statistics.kpi_not_found',
        `${err.details.ids?.join(', ') ?? 'KPI'}: not in Kolada`,
        details,
      );
    case 'source.unavailable':
      return new AppError('statistics.source_unavailable', err.message, details);
    default:
      return new AppError('statistics.source_error', err.message, { ...details, sourceCode: err.code });
  }
}

/** Run a call to a source; its errors come out as AppErrors. */
export async function fromSourceCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw fromSource(err);
  }
}
