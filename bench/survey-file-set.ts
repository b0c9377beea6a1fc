/**
 * A campaign's survey files for the ingestion benchmarks, row by row: which rows are new respondents, which
 * resend a respondent (within one stored chunk, across chunks, across two imports of the same campaign) and
 * which are malformed, with the tally the import must report. Pure and deterministic (survey-rows.ts makes
 * the rows themselves).
 */
import {
  malformedRow,
  originalRow,
  resentRow,
  rowRandom,
  SurveyPopulation,
  SurveyRow,
  TimeStyle,
} from './survey-rows';

/** What one import must report, and how its duplicates came about. */
export interface ImportTally {
  received: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  duplicatesWithinChunk: number;
  duplicatesAcrossChunks: number;
  duplicatesAcrossImports: number;
  /** Sum of completionSeconds over the accepted rows: a resend's differs, so this shows that the first won. */
  acceptedCompletionSeconds: number;
}

export const emptyTally = (): ImportTally => ({
  received: 0,
  accepted: 0,
  duplicates: 0,
  rejected: 0,
  duplicatesWithinChunk: 0,
  duplicatesAcrossChunks: 0,
  duplicatesAcrossImports: 0,
  acceptedCompletionSeconds: 0,
});

/** One file of a campaign's file set. Shares are of the file's received rows. */
export interface FileSpec {
  rows: number;
  /** IMPORT_BATCH_ROWS: an import stores its rows in chunks of this many received rows. */
  chunkRows: number;
  withinChunkDuplicates: number;
  acrossChunkDuplicates: number;
  acrossImportDuplicates: number;
  malformed: number;
  /** Serial of this file's first original; earlier imports' originals are serials 0 to firstSerial - 1. */
  firstSerial: number;
  /** Malformed rows of earlier files, so that their keys stay unique. */
  firstBad: number;
  /** Resends made by earlier files, so that each resend differs. */
  firstResend: number;
  timeStyle: TimeStyle;
}

/**
 * The rows of one file, in order, counting into `tally` as they are made (one row of the file per received
 * row: no blank lines). Each row is drawn once: malformed, a resend of a respondent stored earlier in the same
 * chunk, of an earlier chunk, of an earlier import, or a new respondent (the first response wins).
 */
export function* surveyFile(pop: SurveyPopulation, spec: FileSpec, tally: ImportTally): Generator<SurveyRow> {
  const rand = rowRandom(pop.seed ^ 0x5eed, spec.firstSerial, spec.firstBad);
  const within = spec.malformed + spec.withinChunkDuplicates;
  const across = within + spec.acrossChunkDuplicates;
  const earlier = across + spec.acrossImportDuplicates;
  let serial = spec.firstSerial;
  let bad = spec.firstBad;
  let resend = spec.firstResend;
  let chunkFirstSerial = serial;
  for (let p = 0; p < spec.rows; p++) {
    if (p % spec.chunkRows === 0) chunkFirstSerial = serial;
    const r = rand();
    const pick = rand();
    let row: SurveyRow;
    if (r < spec.malformed) {
      row = malformedRow(pop, bad++, spec.timeStyle);
      tally.rejected++;
    } else if (r < within && serial > chunkFirstSerial) {
      const s = chunkFirstSerial + Math.floor(pick * (serial - chunkFirstSerial));
      row = resentRow(pop, s, ++resend, spec.timeStyle);
      tally.duplicatesWithinChunk++;
    } else if (r >= within && r < across && chunkFirstSerial > spec.firstSerial) {
      const s = spec.firstSerial + Math.floor(pick * (chunkFirstSerial - spec.firstSerial));
      row = resentRow(pop, s, ++resend, spec.timeStyle);
      tally.duplicatesAcrossChunks++;
    } else if (r >= across && r < earlier && spec.firstSerial > 0) {
      row = resentRow(pop, Math.floor(pick * spec.firstSerial), ++resend, spec.timeStyle);
      tally.duplicatesAcrossImports++;
    } else {
      row = originalRow(pop, serial++, spec.timeStyle);
      tally.accepted++;
      tally.acceptedCompletionSeconds += row.completionSeconds;
    }
    tally.received++;
    tally.duplicates =
      tally.duplicatesWithinChunk + tally.duplicatesAcrossChunks + tally.duplicatesAcrossImports;
    yield row;
  }
}

/** The dirt of the realistic file set: 1 % duplicate respondents, 0.3 % malformed rows. */
export const REALISTIC = { duplicateShare: 0.01, malformedShare: 0.003, secondFileShare: 0.1 } as const;

/**
 * A campaign's realistic file set of `total` received rows: a first file (90 %) with duplicates within and
 * across chunks, then a resend file (10 %) that repeats respondents of the first. The duplicates, 1 % of all
 * rows, are split 40 % within a chunk, 30 % across chunks, 30 % across the two imports. The second spec needs
 * the first file's tally, so it is made after the first file was read.
 */
export function realisticFileSet(total: number, chunkRows: number) {
  const secondRows = Math.round(total * REALISTIC.secondFileShare);
  const firstRows = total - secondRows;
  const dup = REALISTIC.duplicateShare * total;
  const first: FileSpec = {
    rows: firstRows,
    chunkRows,
    withinChunkDuplicates: (0.4 * dup) / firstRows,
    acrossChunkDuplicates: (0.3 * dup) / firstRows,
    acrossImportDuplicates: 0,
    malformed: REALISTIC.malformedShare,
    firstSerial: 0,
    firstBad: 0,
    firstResend: 0,
    timeStyle: 'offset',
  };
  const second = (after: ImportTally): FileSpec => ({
    rows: secondRows,
    chunkRows,
    withinChunkDuplicates: 0,
    acrossChunkDuplicates: 0,
    acrossImportDuplicates: secondRows > 0 ? (0.3 * dup) / secondRows : 0,
    malformed: REALISTIC.malformedShare,
    firstSerial: after.accepted,
    firstBad: after.rejected,
    firstResend: after.duplicates,
    timeStyle: 'utc',
  });
  return { first, second };
}

/** A clean file: every row a new, well-formed respondent. */
export function cleanFile(rows: number, chunkRows: number, timeStyle: TimeStyle = 'offset'): FileSpec {
  return {
    rows,
    chunkRows,
    withinChunkDuplicates: 0,
    acrossChunkDuplicates: 0,
    acrossImportDuplicates: 0,
    malformed: 0,
    firstSerial: 0,
    firstBad: 0,
    firstResend: 0,
    timeStyle,
  };
}

/**
 * One realistic file on its own (the memory import): 1 % duplicate respondents, within a chunk and across
 * chunks in the file set's proportions (4 to 3), and 0.3 % malformed rows.
 */
export function realisticFile(rows: number, chunkRows: number): FileSpec {
  return {
    ...cleanFile(rows, chunkRows),
    withinChunkDuplicates: (REALISTIC.duplicateShare * 4) / 7,
    acrossChunkDuplicates: (REALISTIC.duplicateShare * 3) / 7,
    malformed: REALISTIC.malformedShare,
  };
}
