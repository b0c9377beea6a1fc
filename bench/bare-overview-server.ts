/**
 * The overview benchmark's floor: a bare Fastify server in a process of its own (no Nest, no authentication, no
 * campaign check, no request id, no security headers, no ETag) that answers `GET /overview/:campaignId` as the
 * API does: one bare `pg` query of the latest snapshot of each industry from the sequence index (the version),
 * and only when that differs from the kept answer's, a query of the very summary columns the API reads, shaped,
 * serialised and compressed once (brotli 11 or gzip 9, by the reader's first choice). It sends the kept bytes
 * with a Content-Length, so both put bodies of the same kind on the wire. What the API does
 * beyond this (authenticating the bearer token against the database, Nest's pipeline, its hooks and headers,
 * the ETag) is what the benchmark's ratio measures.
 */
import fastify from 'fastify';
import { Pool } from 'pg';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { exitOnFailure } from '@app/common';

/** The query the API's `latestSequences` sends (libs/rankings/src/ranking-snapshots.repository.ts). */
const VERSION_SQL = `WITH RECURSIVE industry (code) AS (
  SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1
  UNION ALL
  SELECT (SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code > i.code)
  FROM industry i WHERE i.code IS NOT NULL)
SELECT string_agg(i.code || ':' || (
  SELECT max(sequence) FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code = i.code), ','
  ORDER BY i.code) AS latest
FROM industry i WHERE i.code IS NOT NULL`;

/** The query the API's `latestOverviews` sends (libs/rankings/src/ranking-snapshots.repository.ts). */
const OVERVIEW_SQL = `WITH RECURSIVE industry (code) AS (
  SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1
  UNION ALL
  SELECT (SELECT min(industry_code) FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code > i.code)
  FROM industry i WHERE i.code IS NOT NULL)
SELECT s.* FROM industry i CROSS JOIN LATERAL (
  SELECT id, industry_code, sequence, source, counts, created_at, ranked, winner_summary, industry_aggregate
  FROM ranking_snapshots WHERE campaign_id = $1 AND industry_code = i.code
  ORDER BY sequence DESC LIMIT 1) s
ORDER BY s.industry_code`;

interface Row {
  id: string;
  industry_code: string;
  sequence: number;
  source: string;
  counts: unknown;
  created_at: Date;
  ranked: number;
  winner_summary: { enterpriseId: string; legalName: string; publishedCsi: number | null }[];
  industry_aggregate: unknown;
}

/** The last answer's text and its compressed forms, made once per version of the snapshots. */
let kept: { version: string; text: string; br: Buffer; gzip: Buffer } | null = null;

function compressedOnce(version: string, text: string) {
  const body = Buffer.from(text);
  kept = {
    version,
    text,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(body, { level: 9 }),
  };
  return kept;
}

async function answerOf(pool: Pool, campaignId: string) {
  const { rows: versions } = await pool.query<{ latest: string | null }>(VERSION_SQL, [campaignId]);
  const version = versions[0]?.latest ?? '';
  if (kept?.version === version) return kept;

  const { rows } = await pool.query<Row>(OVERVIEW_SQL, [campaignId]);
  const text = JSON.stringify(
    rows.map((r) => ({
      industryCode: r.industry_code,
      snapshotId: r.id,
      sequence: r.sequence,
      source: r.source,
      createdAt: r.created_at.toISOString(),
      counts: r.counts,
      ranked: r.ranked,
      winnerSet: r.winner_summary.map((w) => ({
        enterpriseId: w.enterpriseId,
        legalName: w.legalName,
        publishedCsi: w.publishedCsi,
      })),
      industryAggregate: r.industry_aggregate,
    })),
  );
  return compressedOnce(version, text);
}

async function main() {
  // The API's default pool size (DATABASE_POOL_SIZE).
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  const app = fastify({ logger: false });
  app.get<{ Params: { campaignId: string } }>('/overview/:campaignId', async (request, reply) => {
    const answer = await answerOf(pool, request.params.campaignId);
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const coding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
    void reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (coding === 'identity') return reply.send(answer.text);
    return reply.header('content-encoding', coding).send(answer[coding]);
  });
  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
}

main().catch((error: unknown) => exitOnFailure(error, '[bare-overview] failed: '));
