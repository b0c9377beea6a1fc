/**
 * At most `capacity` holders at once; later callers wait in order, up to `maxWaiting` of them. Used to keep
 * large request bodies from being read and parsed side by side: each can cost many times its size in heap.
 */
export class AdmissionQueue {
  private holders = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxWaiting: number,
  ) {}

  /**
   * Resolves to a release function once admitted, or to null at once when too many already wait. `cancelled`
   * is checked when a turn comes: a caller that gave up while waiting passes its turn on.
   */
  async enter(cancelled: () => boolean): Promise<(() => void) | null> {
    if (this.holders >= this.capacity) {
      if (this.waiting.length >= this.maxWaiting) return null;
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.holders++;
    }
    // Admitted: this caller now holds a place (handed over by release, or taken above).
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.holders--;
    };
    if (cancelled()) {
      release();
      return null;
    }
    return release;
  }

  get inUse(): number {
    return this.holders;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
