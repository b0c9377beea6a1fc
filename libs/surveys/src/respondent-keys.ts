/**
 * Respondents as numbers: deduplication of a chunk needs to tell whether an (enterprise, respondent key) pair was
 * seen before without building a string per row. Each pair hashes to two 32-bit values, from the enterprise id
 * (hashed once per enterprise) and the key's UTF-16 code units; equal pairs hash alike in every import, so a
 * filter can outlive one, and a shared hash is only ever a reason to compare the strings (within a chunk) or to
 * ask the database (across chunks).
 */
export interface Respondent {
  enterpriseId: string;
  respondentKey: string;
}

/** Murmur3's finaliser: spreads every input bit over the whole word, so the low bits make good slots. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

function seedOf(enterpriseId: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < enterpriseId.length; c++) h = Math.imul(h ^ enterpriseId.charCodeAt(c), 0x01000193);
  return mix(h);
}

/** Hashes the rows of one chunk at a time into arrays kept from chunk to chunk. */
export class RespondentHashes {
  /** Per enterprise id, its own hash: read from its text once, not once per row. */
  private readonly enterpriseSeed = new Map<string, number>();
  /** The two hashes of row i of the last chunk hashed; longer than the chunk when an earlier one was. */
  first = new Int32Array(0);
  second = new Int32Array(0);

  hash(rows: readonly Respondent[]): void {
    if (this.first.length < rows.length) {
      this.first = new Int32Array(rows.length);
      this.second = new Int32Array(rows.length);
    }
    for (let i = 0; i < rows.length; i++) {
      const { enterpriseId, respondentKey } = rows[i];
      let e = this.enterpriseSeed.get(enterpriseId);
      if (e === undefined) {
        e = seedOf(enterpriseId);
        this.enterpriseSeed.set(enterpriseId, e);
      }
      // FNV-1a and a Murmur-style multiply, both seeded with the enterprise, both over the key in one pass.
      let a = 0x811c9dc5 ^ e;
      let b = Math.imul(e, 0x9e3779b1) ^ respondentKey.length;
      for (let c = 0; c < respondentKey.length; c++) {
        const unit = respondentKey.charCodeAt(c);
        a = Math.imul(a ^ unit, 0x01000193);
        b = Math.imul(b ^ unit, 0x5bd1e995);
        b ^= b >>> 15;
      }
      this.first[i] = mix(a);
      this.second[i] = mix(b ^ 0x27d4eb2f);
    }
  }
}

/**
 * Marks in `kept` the first row of each respondent among `rows` (1) and its later repeats (0): first one wins.
 * `first` holds the rows' hashes (RespondentHashes.first); `slots` is scratch space of at least twice the rows,
 * rounded up to a power of two, reused from chunk to chunk. Returns how many rows are kept.
 */
export function markFirstResponses(
  rows: readonly Respondent[],
  first: Int32Array,
  kept: Uint8Array,
  slots: Int32Array,
): number {
  const mask = slots.length - 1;
  slots.fill(-1);
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    let slot = first[i] & mask;
    let repeat = false;
    for (;;) {
      const j = slots[slot];
      if (j === -1) break;
      if (
        first[j] === first[i] &&
        rows[j].respondentKey === rows[i].respondentKey &&
        rows[j].enterpriseId === rows[i].enterpriseId
      ) {
        repeat = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (repeat) kept[i] = 0;
    else {
      slots[slot] = i;
      kept[i] = 1;
      count++;
    }
  }
  return count;
}

/** The scratch size markFirstResponses needs for `rows` rows. */
export function slotsFor(rows: number): number {
  let size = 16;
  while (size < rows * 2) size *= 2;
  return size;
}

/** markFirstResponses with the rows' hashes and its scratch space kept from call to call. */
export class FirstResponses {
  /** The hashes of the rows last marked. */
  readonly hashes = new RespondentHashes();
  private slots = new Int32Array(0);

  /** Marks in `kept` the first row of each respondent (1) and its repeats (0); answers how many are kept. */
  mark(rows: readonly Respondent[], kept: Uint8Array): number {
    this.hashes.hash(rows);
    const size = slotsFor(rows.length);
    if (this.slots.length !== size) this.slots = new Int32Array(size);
    return markFirstResponses(rows, this.hashes.first, kept, this.slots);
  }
}

/** 4 MiB: 2,000,000 respondents at 16 bits each answer "maybe" for about 0.07 % of new ones. */
const FILTER_BITS_LOG2 = 25;
const PROBES = 7;

/**
 * The respondents this import has stored, as a Bloom filter of fixed size: "no" is certain, "maybe" is asked of
 * the database. Memory stays at 4 MiB whatever the file's size; a larger file only asks a little more often.
 */
export class StoredRespondentFilter {
  private readonly words = new Int32Array(1 << (FILTER_BITS_LOG2 - 5));
  private readonly mask = (1 << FILTER_BITS_LOG2) - 1;

  add(first: number, second: number): void {
    const step = second | 1;
    let bit = first;
    for (let p = 0; p < PROBES; p++) {
      const at = bit & this.mask;
      this.words[at >>> 5] |= 1 << (at & 31);
      bit = (bit + step) | 0;
    }
  }

  mayHold(first: number, second: number): boolean {
    const step = second | 1;
    let bit = first;
    for (let p = 0; p < PROBES; p++) {
      const at = bit & this.mask;
      if ((this.words[at >>> 5] & (1 << (at & 31))) === 0) return false;
      bit = (bit + step) | 0;
    }
    return true;
  }
}
