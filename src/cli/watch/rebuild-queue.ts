/**
 * Runs a rebuild after changes settle: bursts of file events (an editor saving writes, renames and
 * touches several files) become one run after `delayMs` of quiet, runs never overlap, and a change
 * that arrives during a run schedules exactly one more run after it.
 */
export class RebuildQueue {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly delayMs = 200,
  ) {}

  /** A change happened: rebuild once things are quiet. */
  trigger(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.start(), this.delayMs);
  }

  /** Resolves when no run is pending or in progress. */
  async idle(): Promise<void> {
    while (this.running || this.timer) await (this.running ?? new Promise((r) => setTimeout(r, this.delayMs)));
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async start(): Promise<void> {
    this.timer = null;
    this.running = this.run().catch(() => undefined);
    await this.running;
    this.running = null;
    if (this.again && !this.closed) {
      this.again = false;
      this.trigger();
    }
  }
}
