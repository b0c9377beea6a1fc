/**
 * Heap a JSON batch body costs the API per byte, for the shapes that cost the most: what BATCH_BODY_LIMIT_BYTES
 * is chosen from. Each body goes through the API's own path (the body read as one string, the NUL check, Fastify's
 * JSON parser, the depth check) and is kept alive, text and value, as it is while the route handles it.
 * Run with `npm run bench:batch-heap` (node --expose-gc); writes bench/results/batch-heap.json.
 */
import Fastify from 'fastify';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchContainerLimit, jsonTextShape, MAX_JSON_DEPTH } from '../apps/api/src/http/json-shape';

/** MAX_BATCH_ROWS of @app/surveys, whose import would need the whole configuration. */
const MAX_BATCH_CONTAINERS = batchContainerLimit(10_000);
const SIZE = Number(process.env.BENCH_BODY_BYTES ?? 4 * 1024 * 1024);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc');

/** `{"responses":[<item>,<item>,...]}` filled with `item(i)` up to `size` bytes. */
function batchOf(size: number, item: (i: number) => string, wrap = (rows: string) => rows): string {
  const parts: string[] = [];
  let length = 0;
  const overhead = wrap('{"responses":[]}').length;
  for (let i = 0; length + overhead < size; i++) {
    const next = (i === 0 ? '' : ',') + item(i);
    if (length + next.length + overhead > size) break;
    parts.push(next);
    length += next.length;
  }
  return wrap(`{"responses":[${parts.join('')}]}`);
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const realistic = (i: number) =>
  JSON.stringify({
    enterpriseId: '0b6f8f0e-5c3a-4c1e-9a51-2f1f2f6f7a10',
    respondentKey: `panel-2027-${String(i).padStart(6, '0')}`,
    submittedAt: '2027-05-03T10:15:00+08:00',
    channel: 'phone',
    completionSeconds: 412,
    answers: { IMG: 8, EXP: 7, QUA1: 8, QUA2: 9, QUA3: 8, VAL1: 7, VAL2: 7, SAT1: 8, SAT2: 8, SAT3: 7 },
  });

/** Bodies that are valid JSON, within the depth limit, and as expensive to hold per byte as we could find. */
const SHAPES: Record<string, (size: number) => string> = {
  'empty objects': (s) => batchOf(s, () => '{}'),
  'empty arrays': (s) => batchOf(s, () => '[]'),
  'arrays of zeros': (s) => batchOf(s, () => '[0,0,0,0,0,0,0,0]'),
  'zeros in one array': (s) => batchOf(s, () => '0'),
  'one-key objects': (s) => batchOf(s, () => '{"a":0}'),
  'distinct tiny keys in one object': (s) =>
    batchOf(s, (i) => `"${i.toString(36)}":0`)
      .replace('[', '[{')
      .replace(/]}$/, '}]}'),
  'distinct short strings': (s) => batchOf(s, (i) => `"${i.toString(36)}"`),
  'fractional numbers': (s) => batchOf(s, (i) => `${i % 10}.5`),
  [`nesting ${MAX_JSON_DEPTH - 2} deep`]: (s) => batchOf(s, () => nested(MAX_JSON_DEPTH - 2)),
  'two-byte text (one CJK string per row)': (s) => batchOf(s, (i) => `"${i % 10}中"`),
  'realistic responses': (s) => batchOf(s, realistic),
};

function measure(body: string) {
  const parser = Fastify().getDefaultJsonParser('error', 'error');
  const bytes = Buffer.byteLength(body);
  const raw = Buffer.from(body);
  gc?.();
  const before = process.memoryUsage().heapUsed;
  // As the API reads a JSON body (`parseAs: 'buffer'`): the bytes' shape, one string, then Fastify's parser on it.
  const text = raw.toString('utf8');
  if (/\\u0000/i.test(text)) throw new Error('NUL');
  const shape = jsonTextShape(raw);
  if (shape.depth > MAX_JSON_DEPTH) throw new Error('too deep');
  let value: unknown;
  void parser({} as never, text, (error: Error | null, parsed?: unknown) => {
    if (error) throw error;
    value = parsed;
  });
  gc?.();
  const heldBytes = process.memoryUsage().heapUsed - before;
  // Both kept alive until here on purpose, as while the route runs: Fastify holds the text, the route the value.
  const rows = (value as { responses: unknown[] }).responses.length + text.length * 0;
  return {
    bytes,
    rows,
    heldBytes,
    heapPerByte: Math.round((heldBytes / bytes) * 100) / 100,
    // The API refuses a batch with more objects and arrays than this before parsing it (json-depth.ts).
    admitted: shape.containers <= MAX_BATCH_CONTAINERS,
  };
}

const results = Object.entries(SHAPES).map(([shape, build]) => ({ shape, ...measure(build(SIZE)) }));
for (const r of results) {
  process.stdout.write(
    `${r.shape.padEnd(40)} ${String(r.rows).padStart(9)} rows  ${(r.heldBytes / 1048576).toFixed(1).padStart(6)} MB held  ${r.heapPerByte.toFixed(2).padStart(6)} heap bytes per body byte  ${r.admitted ? 'parsed' : 'refused unparsed'}\n`,
  );
}
const worstOf = (rs: typeof results) => rs.reduce((a, b) => (b.heapPerByte > a.heapPerByte ? b : a));
const worst = worstOf(results);
const worstAdmitted = worstOf(results.filter((r) => r.admitted));
const realisticRow = Buffer.byteLength(realistic(0)) + 1;
process.stdout.write(
  `worst: ${worst.shape}, ${worst.heapPerByte}; worst the API parses: ${worstAdmitted.shape}, ${worstAdmitted.heapPerByte} heap bytes per body byte; a realistic row is ${realisticRow} bytes\n`,
);

const root = existsSync(join(__dirname, '..', 'package.json'))
  ? join(__dirname, '..')
  : join(__dirname, '..', '..');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'batch-heap.json'),
  JSON.stringify(
    {
      bodyBytes: SIZE,
      shapes: results,
      worst: { shape: worst.shape, heapPerByte: worst.heapPerByte },
      worstParsed: { shape: worstAdmitted.shape, heapPerByte: worstAdmitted.heapPerByte },
      realisticRowBytes: realisticRow,
      measuredAt: new Date().toISOString(),
      node: process.version,
    },
    null,
    2,
  ) + '\n',
);
