import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of the OpenAPI document (which the routes' Zod
 * contracts produce): mostly values the contract accepts, so requests reach the use cases and the
 * database, mixed at every level with values it must refuse (wrong types, out of range, junk).
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
};

export interface Context {
  components: Record<string, JsonSchema>;
  /** Real ids to use now and then, so requests find records and go deeper. */
  ids: string[];
}

/** Values no contract should accept, of every JSON kind. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 31), 1e308, '', ' ', '\u0000', 'null', '../../etc/passwd', '<script>'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant('x'.repeat(5000)),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

function str(s: JsonSchema, ctx: Context): fc.Arbitrary<unknown> {
  if (s.format === 'uuid') return fc.oneof(fc.uuid({ version: 4 }), fc.constantFrom(...ctx.ids));
  if (s.format === 'date')
    return fc
      .date({ min: new Date('1890-01-01'), max: new Date('2210-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (s.format === 'date-time')
    return fc
      .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') })
      .map((d) => d.toISOString());
  if (s.format === 'email') return fc.emailAddress().map((e) => e.slice(0, s.maxLength ?? 254));
  if (s.format === 'uri') return fc.webUrl();
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length <= (s.maxLength ?? 10_000));
    } catch {
      // a pattern JavaScript cannot compile: plain strings below
    }
  }
  return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 60, 60) });
}

function num(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = s.minimum ?? s.exclusiveMinimum ?? -1_000_000;
  const max = s.maximum ?? s.exclusiveMaximum ?? 1_000_000;
  return integer
    ? fc.integer({ min: Math.max(Math.ceil(min), -(2 ** 31)), max: Math.min(Math.floor(max), 2 ** 31) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary for the schema; `depth` bounds nesting, `junkWeight` how often a value is wrong. */
export function fromSchema(schema: JsonSchema, ctx: Context, depth = 0, junkWeight = 1): fc.Arbitrary<unknown> {
  const valid = validFromSchema(schema, ctx, depth, junkWeight);
  if (junkWeight === 0) return valid;
  return fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: junk, weight: junkWeight });
}

function validFromSchema(s: JsonSchema, ctx: Context, depth: number, junkWeight: number): fc.Arbitrary<unknown> {
  if (s.$ref) {
    const name = s.$ref.split('/').pop()!;
    const target = ctx.components[name];
    return target && depth < 6 ? validFromSchema(target, ctx, depth + 1, junkWeight) : fc.constant({});
  }
  const alts = s.anyOf ?? s.oneOf;
  if (alts?.length) return fc.oneof(...alts.map((a) => validFromSchema(a, ctx, depth + 1, junkWeight)));
  if (s.allOf?.length) return validFromSchema(Object.assign({}, ...s.allOf), ctx, depth, junkWeight);
  const base = validByType(s, ctx, depth, junkWeight);
  return s.nullable ? fc.oneof({ arbitrary: base, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : base;
}

function validByType(s: JsonSchema, ctx: Context, depth: number, junkWeight: number): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return str(s, ctx);
    case 'integer':
      return num(s, true);
    case 'number':
      return num(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      if (depth > 5) return fc.constant([]);
      return fc.array(fromSchema(s.items ?? {}, ctx, depth + 1, junkWeight), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 4, 4),
      });
    case 'object':
    default: {
      if (!s.properties) return type === 'object' ? fc.constant({}) : junk;
      if (depth > 5) return fc.constant({});
      const required = new Set(s.required ?? []);
      const entries = Object.entries(s.properties).map(
        ([k, v]) => [k, fromSchema(v, ctx, depth + 1, junkWeight)] as const,
      );
      return fc.record(Object.fromEntries(entries), {
        requiredKeys: [...required].filter((k) => k in s.properties!),
      });
    }
  }
}
