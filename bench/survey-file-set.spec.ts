import { checkResponse, fieldsFromJson, ResponseFields, RowContext } from '@app/surveys';
import {
  cleanFile,
  emptyTally,
  FileSpec,
  ImportTally,
  realisticFile,
  realisticFileSet,
  surveyFile,
} from './survey-file-set';
import { csvHeader, csvLine, FileLayout, ndjsonLine, shuffledLayout } from './survey-files';
import { surveyRowContext } from './survey-row-context';
import { DEFECTS, SurveyEnterprise, surveyPopulation, SurveyRow } from './survey-rows';

const START = Date.UTC(2027, 3, 1);
const END = Date.UTC(2027, 4, 1);
const enterprises: SurveyEnterprise[] = Array.from({ length: 24 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  industryCode: i % 2 === 0 ? 'telecom' : 'finance',
}));
const population = (span: number) => surveyPopulation(7, enterprises, { startMs: START, endMs: END }, span);

const context: RowContext = surveyRowContext(enterprises, {
  opens: new Date(START),
  closes: new Date(END),
  latestSubmission: new Date(END),
});

const ALIASES: Record<string, keyof ResponseFields> = {
  enterpriseid: 'enterpriseId',
  enterprise_id: 'enterpriseId',
  respondentkey: 'respondentKey',
  respondent_key: 'respondentKey',
  submittedat: 'submittedAt',
  submitted_at: 'submittedAt',
  channel: 'channel',
  completionseconds: 'completionSeconds',
  completion_seconds: 'completionSeconds',
};

/** The platform's own row check on one CSV text: the fields, lined up by a plain reading of the header. */
function csvRows(text: string): (ResponseFields | null)[] {
  const [header, ...lines] = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const names = header.split(',');
  return lines
    .filter((l) => l !== '')
    .map((l) => {
      const cells = l.split(',');
      if (cells.length !== names.length) return null;
      const f: ResponseFields = {
        enterpriseId: undefined,
        creditCode: undefined,
        respondentKey: undefined,
        submittedAt: undefined,
        channel: undefined,
        completionSeconds: undefined,
        answerValues: new Array<unknown>(context.items.length),
        unknownKeys: [],
      };
      names.forEach((n, i) => {
        const field = ALIASES[n.toLowerCase()];
        if (field) (f as unknown as Record<string, unknown>)[field] = cells[i];
        else f.answerValues[context.itemIndex.get(n) as number] = cells[i];
      });
      return f;
    });
}

function ndjsonRows(text: string): (ResponseFields | null)[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      try {
        const f = fieldsFromJson(JSON.parse(l), context);
        return Array.isArray(f) ? null : f;
      } catch {
        return null;
      }
    });
}

/**
 * What a straightforward reading says the imports must report, one file after another into one campaign: a row
 * the platform's check refuses is rejected; a respondent seen before is a duplicate (the first one wins).
 */
function independentReading(files: (ResponseFields | null)[][], chunkRows: number) {
  const firstSeen = new Map<string, { file: number; chunk: number; seconds: number }>();
  return files.map((rows, file) => {
    const t = emptyTally();
    rows.forEach((f, p) => {
      t.received++;
      const checked = f && checkResponse(f, context);
      if (!checked?.ok) return void t.rejected++;
      const key = `${checked.response.enterpriseId}\u0000${checked.response.respondentKey}`;
      const chunk = Math.floor(p / chunkRows);
      const seen = firstSeen.get(key);
      if (!seen) {
        firstSeen.set(key, { file, chunk, seconds: checked.response.completionSeconds as number });
        t.accepted++;
        t.acceptedCompletionSeconds += checked.response.completionSeconds as number;
        return;
      }
      t.duplicates++;
      if (seen.file !== file) t.duplicatesAcrossImports++;
      else if (seen.chunk === chunk) t.duplicatesWithinChunk++;
      else t.duplicatesAcrossChunks++;
    });
    return t;
  });
}

const made = (spec: FileSpec, span = 1000) => {
  const tally = emptyTally();
  const rows = [...surveyFile(population(span), spec, tally)];
  return { rows, tally };
};
const csvOf = (rows: SurveyRow[], layout: FileLayout) =>
  csvHeader(layout) + rows.map((r) => csvLine(r, layout)).join('');

describe('surveyFile', () => {
  const base = cleanFile(10, 4);

  it('makes only new respondents for a clean file', () => {
    const { rows, tally } = made(base);
    expect(tally).toMatchObject({ received: 10, accepted: 10, duplicates: 0, rejected: 0 });
    expect(new Set(rows.map((r) => r.respondentKey)).size).toBe(10);
    expect(tally.acceptedCompletionSeconds).toBe(rows.reduce((s, r) => s + r.completionSeconds, 0));
  });

  // Chunks of 4 over 10 rows: [0-3] [4-7] [8-9].
  it('resends within a chunk only once the chunk holds a new respondent', () => {
    const { rows, tally } = made({ ...base, withinChunkDuplicates: 1 });
    // Rows 0, 4 and 8 open their chunks: new; the other 7 resend one of them.
    expect(tally).toMatchObject({ accepted: 3, duplicates: 7, duplicatesWithinChunk: 7, rejected: 0 });
    expect(rows[5].respondentKey).toBe(rows[4].respondentKey);
    expect(rows[9].respondentKey).toBe(rows[8].respondentKey);
  });

  it('resends across chunks only from the second chunk on', () => {
    const { tally } = made({ ...base, acrossChunkDuplicates: 1 });
    expect(tally).toMatchObject({ accepted: 4, duplicates: 6, duplicatesAcrossChunks: 6 });
  });

  it('resends respondents of an earlier import, and malformed rows are rejected', () => {
    expect(made({ ...base, acrossImportDuplicates: 1, firstSerial: 5 }).tally).toMatchObject({
      accepted: 0,
      duplicates: 10,
      duplicatesAcrossImports: 10,
    });
    expect(made({ ...base, acrossImportDuplicates: 1 }).tally.accepted).toBe(10); // no earlier import
    expect(made({ ...base, malformed: 1 }).tally).toMatchObject({ accepted: 0, rejected: 10 });
  });

  it('is the same file for the same seed', () => {
    const spec = { ...base, malformed: 0.2, withinChunkDuplicates: 0.2 };
    expect(made(spec).rows).toEqual(made(spec).rows);
  });
});

describe('realisticFileSet', () => {
  const total = 40_000;
  const chunkRows = 1000;
  const pop = population(total);
  const set = realisticFileSet(total, chunkRows);
  const firstTally = emptyTally();
  const first = [...surveyFile(pop, set.first, firstTally)];
  const secondTally = emptyTally();
  const second = [...surveyFile(pop, set.second(firstTally), secondTally)];
  const layouts = [shuffledLayout(1, 'spreadsheet'), shuffledLayout(2, 'export')];

  it('tallies what the platform says of the same rows, first as CSV then the resend as NDJSON', () => {
    const reading = independentReading(
      [csvRows(csvOf(first, layouts[0])), ndjsonRows(second.map((r) => ndjsonLine(r, layouts[1])).join(''))],
      chunkRows,
    );
    expect(reading).toEqual([firstTally, secondTally]);
  });

  it('holds 1 % duplicates of each kind and 0.3 % malformed rows of every kind', () => {
    const all = [firstTally, secondTally];
    const sum = (k: keyof ImportTally) => all.reduce((s, t) => s + t[k], 0);
    /** Within a fifth of the share aimed at: the draws are random, the tally exact. */
    const near = (n: number, share: number) => {
      expect(n / total).toBeGreaterThan(share * 0.8);
      expect(n / total).toBeLessThan(share * 1.2);
    };
    expect(first.length + second.length).toBe(total);
    expect(second.length).toBe(4000);
    near(sum('duplicates'), 0.01);
    near(sum('rejected'), 0.003);
    near(firstTally.duplicatesWithinChunk, 0.004);
    near(firstTally.duplicatesAcrossChunks, 0.003);
    near(secondTally.duplicatesAcrossImports, 0.003);
    expect(secondTally.duplicatesWithinChunk + secondTally.duplicatesAcrossChunks).toBe(0);
    expect(new Set([...first, ...second].map((r) => r.defect).filter(Boolean))).toEqual(new Set(DEFECTS));
  });

  it('spreads respondents over every enterprise, unevenly, within the window', () => {
    const perEnterprise = new Map<string, number>();
    for (const r of first) perEnterprise.set(r.enterpriseId, (perEnterprise.get(r.enterpriseId) ?? 0) + 1);
    for (const e of enterprises) expect(perEnterprise.get(e.id)).toBeGreaterThan(0);
    const counts = [...perEnterprise.values()].filter((n) => n > 10);
    expect(Math.max(...counts) / Math.min(...counts)).toBeGreaterThan(1.5);
    const times = first.filter((r) => !r.defect).map((r) => Date.parse(r.submittedAt));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(START);
    expect(Math.max(...times)).toBeLessThanOrEqual(END);
  });
});

describe('realisticFile', () => {
  it('holds 1 % duplicates and 0.3 % malformed rows on its own, as the platform counts them', () => {
    const tally = emptyTally();
    const rows = [...surveyFile(population(30_000), realisticFile(30_000, 1000), tally)];
    expect(independentReading([csvRows(csvOf(rows, shuffledLayout(9, 'spreadsheet')))], 1000)).toEqual([
      tally,
    ]);
    expect(tally.duplicates / 30_000).toBeGreaterThan(0.008);
    expect(tally.duplicates / 30_000).toBeLessThan(0.012);
    expect(tally.duplicatesWithinChunk).toBeGreaterThan(tally.duplicatesAcrossChunks);
    expect(tally.rejected / 30_000).toBeGreaterThan(0.002);
    expect(tally.rejected / 30_000).toBeLessThan(0.004);
  });
});
