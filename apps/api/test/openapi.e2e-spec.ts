import { TestApi } from '@app/testing';
import { startFreshTestApi } from './test-apps';

interface Schema {
  $ref?: string;
  type?: string;
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
}
interface Operation {
  summary?: string;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
}

describe('The OpenAPI document', () => {
  let api: TestApi;
  let doc: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  beforeAll(async () => {
    api = await startFreshTestApi();
    doc = (await api.http.get('/docs-json').expect(200)).body;
  });
  afterAll(() => api.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([m, op]) => ({ id: `${m} ${path}`, op })),
    );

  /** Follows $refs and arrays down to the properties, and lists those without an example. */
  const missingExamples = (schema: Schema, seen = new Set<string>()): string[] => {
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() as string;
      if (seen.has(name)) return [];
      seen.add(name);
      return missingExamples(doc.components.schemas[name], seen).map((p) => `${name}.${p}`);
    }
    if (schema.items) return missingExamples(schema.items, seen);
    if (schema.allOf) return schema.allOf.flatMap((s) => missingExamples(s, seen));
    return Object.entries(schema.properties ?? {}).flatMap(([name, prop]) => {
      // A nullable nested object is an allOf wrapper around its $ref: its fields carry the examples.
      if (prop.$ref || prop.items?.$ref || prop.allOf) return missingExamples(prop, seen);
      return prop.example === undefined ? [name] : [];
    });
  };

  it('describes every operation with a summary and a documented success response', () => {
    for (const { id, op } of operations()) {
      expect({ id, summary: typeof op.summary }).toEqual({ id, summary: 'string' });
      const success = Object.keys(op.responses).filter((code) => code.startsWith('2'));
      expect({ id, success: success.length > 0 }).toEqual({ id, success: true });
    }
  });

  it('gives an example for every field of every request and success response body', () => {
    const missing = operations().flatMap(({ id, op }) => {
      const bodies = [
        ...Object.values(op.requestBody?.content ?? {}),
        ...Object.entries(op.responses)
          .filter(([code]) => code.startsWith('2'))
          .flatMap(([, r]) => Object.values(r.content ?? {})),
      ];
      return bodies.flatMap((b) => missingExamples(b.schema).map((p) => `${id}: ${p}`));
    });
    expect(missing).toEqual([]);
  });

  it('marks protected operations with bearer auth and documents their 401 and 403', () => {
    for (const { id, op } of operations()) {
      if (!op.security) continue;
      expect({ id, codes: Object.keys(op.responses) }).toEqual({
        id,
        codes: expect.arrayContaining(['401', '403']),
      });
    }
    expect(operations().filter(({ op }) => op.security).length).toBeGreaterThan(5);
  });

  it('serves Swagger UI at /docs', async () => {
    const res = await api.http.get('/docs').expect(200);
    expect(res.text).toContain('swagger');
  });
});
