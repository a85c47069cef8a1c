import { useQuery } from '@tanstack/react-query';

/** The parts of an OpenAPI 3 document the API description page shows. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  description?: string;
}
export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonSchema;
  description?: string;
}
export interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
  security?: Record<string, string[]>[];
}
export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
  security?: Record<string, string[]>[];
}

/** The document the server describes itself with; the same one clients are generated from. */
export const OPENAPI_URL = '/api/openapi.json';

export function useOpenApi() {
  return useQuery({
    queryKey: ['openapi'],
    queryFn: async (): Promise<OpenApiDocument> => {
      const res = await fetch(OPENAPI_URL, { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`${res.status}`);
      return (await res.json()) as OpenApiDocument;
    },
    staleTime: Infinity,
  });
}

export const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;

export interface Listed {
  method: (typeof methods)[number];
  path: string;
  op: Operation;
  tag: string;
}

/** Every operation, grouped by its first tag, in path order; `q` filters by path, method or summary. */
export function operationsByTag(doc: OpenApiDocument, q: string, untagged: string): [string, Listed[]][] {
  const needle = q.trim().toLowerCase();
  const groups = new Map<string, Listed[]>();
  for (const path of Object.keys(doc.paths).sort()) {
    for (const method of methods) {
      const op = doc.paths[path][method];
      if (!op) continue;
      const text = `${method} ${path} ${op.summary ?? ''} ${op.description ?? ''}`.toLowerCase();
      if (needle && !text.includes(needle)) continue;
      const tag = op.tags?.[0] ?? untagged;
      groups.set(tag, [...(groups.get(tag) ?? []), { method, path, op, tag }]);
    }
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** The schema a `$ref` names, or the schema itself. */
export function resolve(doc: OpenApiDocument, s: JsonSchema | undefined): JsonSchema | undefined {
  if (!s?.$ref) return s;
  const name = s.$ref.split('/').at(-1)!;
  return doc.components?.schemas?.[name];
}

/** An operation is open when it says `security: []`; otherwise the document's session applies. */
export const isPublic = (op: Operation) => Array.isArray(op.security) && op.security.length === 0;
