import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Services } from './context.js';
import type { Db } from './db/database.js';
import type { ErrorTable } from './errors.js';
import type { JobDefinition } from './jobs/definition.js';

/** A durable job a capability runs (scheduled or retried): src/platform/jobs/definition.ts. */
export type CapabilityJob = JobDefinition;

/**
 * The one public face of a capability (src/<capability>/index.ts). The app (src/app/) builds the
 * server, the database schema, the error table and the job runner from the list of these.
 */
export interface Capability {
  /** Folder name, e.g. 'organisations'. */
  readonly name: string;
  /** Its HTTP routes; absent for a capability that only serves others. */
  readonly routes?: (services: Services) => FastifyPluginAsync;
  /** Runs before any routes are registered (e.g. auth's request context on every request). */
  readonly setup?: (app: FastifyInstance, services: Services) => void;
  /** Its schema module: tables (and enums) it owns. Order in the app's list = safe insert order. */
  readonly tables: Readonly<Record<string, unknown>>;
  /** Its error codes, each with status and meaning (declared with defineErrors). */
  readonly errors: ErrorTable;
  /** The policy subjects (src/policy) its records are checked as. */
  readonly subjects: readonly string[];
  /** Durable jobs it declares (scheduled or queued work); the app's job runner runs them all. */
  readonly jobs: readonly JobDefinition[];
  /** Data every installation has, written at every start (idempotent), e.g. built-in frameworks. */
  readonly seed?: (db: Db) => Promise<void>;
}

/** Identity function that checks a face against the type and keeps its literal types. */
export const defineCapability = <const C extends Capability>(c: C): C => c;
