import { AdmissionQueue } from '@app/common';
import { SurveyErrors } from './surveys.errors';

/** A file streamed in, or rows sent in the request's body (one response, a JSON batch). */
export type ImportKind = 'file' | 'rows';

/** Imports waiting for their turn in one process, past which more are refused with 503 (Retry-After). */
export const MAX_IMPORTS_WAITING = 200;

/** Slots are taken whatever happens meanwhile: a client gone is checked once every slot is held. */
const kept = () => false;

/**
 * When each import of this process may store. A storing import holds a pooled connection until it commits, so:
 * - imports into one campaign store one after another, in arrival order: their transactions would only wait
 *   for the campaign's lock (ImportStorage), each holding a connection while it waits;
 * - at most `slots` store at once, so that a burst of imports leaves connections for every other request
 *   (sign-ins, pages, an import's own progress saves);
 * - files, which arrive at the client's pace, take at most all but one of them, so that single responses and
 *   JSON batches (their rows already read) still pass while slow uploads store.
 * The others wait here, holding no connection (a streamed file stays unread meanwhile, held back by TCP); past
 * MAX_IMPORTS_WAITING they are refused. One whose client has gone by its turn is not stored.
 */
export class ImportTurns {
  /** Per campaign, the end of its last import's turn. */
  private readonly campaigns = new Map<string, Promise<void>>();
  private readonly all: AdmissionQueue;
  private readonly files: AdmissionQueue;
  private waiting = 0;

  constructor(slots: number) {
    const size = Math.max(1, Math.floor(slots));
    // Every import weighs 1; the waiting are bounded by MAX_IMPORTS_WAITING below, not here.
    this.all = new AdmissionQueue(size, Infinity);
    this.files = new AdmissionQueue(Math.max(1, size - 1), Infinity);
  }

  async run<T>(
    campaignId: string,
    kind: ImportKind,
    store: () => Promise<T>,
    gone: () => boolean = () => false,
  ): Promise<T> {
    if (this.waiting >= MAX_IMPORTS_WAITING) throw SurveyErrors.importsBusy();
    this.waiting++;
    const previous = this.campaigns.get(campaignId) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.campaigns.set(campaignId, mine);
    try {
      await previous;
      // Always files first, then the shared slots: nobody holds a shared slot while waiting for a file slot.
      const leaveFiles = kind === 'file' ? await this.files.enter(1, kept) : null;
      try {
        const leave = await this.all.enter(1, kept);
        try {
          this.waiting--;
          if (gone()) throw SurveyErrors.clientGone();
          return await store();
        } finally {
          leave?.();
        }
      } finally {
        leaveFiles?.();
      }
    } finally {
      done();
      if (this.campaigns.get(campaignId) === mine) this.campaigns.delete(campaignId);
    }
  }
}
