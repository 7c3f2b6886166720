/**
 * Counts work in flight (requests, layouts). The page marks itself `data-busy` so browser tests and
 * the benchmark wait for the page, not for a guessed timeout.
 */
export class Busy {
  private count = 0;
  private waiters: (() => void)[] = [];

  track = <T>(work: Promise<T>): Promise<T> => {
    this.count++;
    document.body.dataset.busy = 'true';
    return work.finally(() => {
      this.count--;
      if (this.count > 0) return;
      document.body.dataset.busy = 'false';
      const waiting = this.waiters;
      this.waiters = [];
      for (const resolve of waiting) resolve();
    });
  };

  idle(): Promise<void> {
    return this.count === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
