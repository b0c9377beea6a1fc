/**
 * When each import of this process may store. A storing import holds a pooled connection until it commits, so:
 * - imports into one campaign store one after another, in arrival order: their transactions would only wait
 *   for the campaign's lock (ImportStorage), each holding a connection while it waits;
 * - at most `slots` store at once, so that a burst of imports leaves connections for every other request
 *   (sign-ins, pages, an import's own progress saves).
 * The others wait here, holding no connection (a streamed file stays unread meanwhile, held back by TCP).
 */
export class ImportTurns {
  /** Per campaign, the end of its last import's turn. */
  private readonly campaigns = new Map<string, Promise<void>>();
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(slots: number) {
    this.free = Math.max(1, Math.floor(slots));
  }

  async run<T>(campaignId: string, store: () => Promise<T>): Promise<T> {
    const previous = this.campaigns.get(campaignId) ?? Promise.resolve();
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    this.campaigns.set(campaignId, mine);
    try {
      await previous;
      await this.slot();
      try {
        return await store();
      } finally {
        this.freeSlot();
      }
    } finally {
      done();
      if (this.campaigns.get(campaignId) === mine) this.campaigns.delete(campaignId);
    }
  }

  private async slot(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Handed straight to the longest waiting, or kept. */
  private freeSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
