/** Thrown by `Semaphore.run` when every slot is busy and its line is full. */
export class SemaphoreFull extends Error {}

/**
 * At most `slots` tasks at once, at most `maxWaiting` more in line (first come, first served);
 * beyond that a task is refused at once rather than left to wait behind a flood. Priority
 * tasks have a line of their own, as long, served first.
 */
export class Semaphore {
  #running = 0;
  readonly #waiting: (() => void)[] = [];
  readonly #waitingFirst: (() => void)[] = [];
  /** The most tasks that ever ran at once (for tests and diagnostics). */
  peak = 0;

  constructor(
    readonly slots: number,
    readonly maxWaiting: number,
  ) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length + this.#waitingFirst.length;
  }

  /** Whether an ordinary task would be refused now. */
  get full(): boolean {
    return this.#running >= this.slots && this.#waiting.length >= this.maxWaiting;
  }

  async run<T>(task: () => Promise<T>, options: { priority?: boolean } = {}): Promise<T> {
    if (this.#running >= this.slots) {
      const line = options.priority ? this.#waitingFirst : this.#waiting;
      if (line.length >= this.maxWaiting) throw new SemaphoreFull('Every slot and the line are full.');
      // The slot is handed over by the finishing task, so #running never drops in between.
      await new Promise<void>((resolve) => line.push(resolve));
    } else {
      this.#running += 1;
    }
    this.peak = Math.max(this.peak, this.#running);
    try {
      return await task();
    } finally {
      const next = this.#waitingFirst.shift() ?? this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}
