/**
 * Admits callers while the sum of their weights stays within `capacity` (one caller is always admitted when
 * nobody holds a place, whatever its weight); later callers wait in order, up to `maxWaiting` of them. Keeps
 * the large request bodies read and parsed side by side to a total size (each can cost many times its size in
 * heap), and survey imports to a number of pooled connections (ImportTurns, every weight 1).
 */
export class AdmissionQueue {
  private held = 0;
  private holders = 0;
  private readonly waiting: { weight: number; admit: () => void }[] = [];

  constructor(
    private readonly capacity: number,
    private readonly maxWaiting: number,
  ) {}

  /**
   * Resolves to a release function once admitted, or to null at once when too many already wait. `cancelled`
   * is checked when a turn comes: a caller that gave up while waiting passes its turn on.
   */
  async enter(weight: number, cancelled: () => boolean): Promise<(() => void) | null> {
    if (this.waiting.length > 0 || !this.fits(weight)) {
      if (this.waiting.length >= this.maxWaiting) return null;
      await new Promise<void>((admit) => this.waiting.push({ weight, admit }));
    } else {
      this.take(weight);
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.held -= weight;
      this.holders--;
      // In order: the first waiting caller goes first, even when a later, lighter one would fit now.
      while (this.waiting.length > 0 && this.fits(this.waiting[0].weight)) {
        const next = this.waiting.shift() as { weight: number; admit: () => void };
        this.take(next.weight);
        next.admit();
      }
    };
    if (cancelled()) {
      release();
      return null;
    }
    return release;
  }

  private fits(weight: number): boolean {
    return this.holders === 0 || this.held + weight <= this.capacity;
  }

  private take(weight: number): void {
    this.held += weight;
    this.holders++;
  }

  get inUse(): number {
    return this.held;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
