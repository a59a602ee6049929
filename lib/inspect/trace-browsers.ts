/**
 * The browsers the inspector keeps traces for, each with a ring of its last `perBrowser` traces,
 * at most `maxBrowsers` of them. The map's order is the order of last activity (a browser is moved
 * to the end whenever it makes a traced request or reads its traces), so the least recently active
 * are at its front: each new trace first drops the front browsers idle for `idleMs` — unless they
 * are being watched (an inspector open on a live stream: that learner has only paused) — and then,
 * over the cap, the least recently active whatever they are. No timer, no scan of the whole map.
 * Pure: the caller gives the clock and says who is watched (tests use a fake of both).
 */

class TraceRing<T> {
  private readonly items: T[] = [];
  private next = 0;

  constructor(private readonly size: number) {}

  add(item: T): void {
    if (this.items.length < this.size) this.items.push(item);
    else this.items[this.next] = item;
    this.next = (this.next + 1) % this.size;
  }

  /** Newest first. */
  list(): T[] {
    const newestFirst: T[] = [];
    for (let i = 1; i <= this.items.length; i++) {
      newestFirst.push(this.items[(this.next - i + this.size) % this.size]!);
    }
    return newestFirst;
  }
}

interface Browser<T> {
  ring: TraceRing<T>;
  lastActive: number;
}

export interface TraceBrowserLimits {
  maxBrowsers: number;
  perBrowser: number;
  idleMs: number;
  isWatched: (browserId: string) => boolean;
}

export class TraceBrowsers<T> {
  private readonly browsers = new Map<string, Browser<T>>();

  constructor(private readonly limits: TraceBrowserLimits) {}

  /** Keeps `item` as this browser's newest trace. */
  add(browserId: string, item: T, now: number): void {
    this.dropIdle(now);
    const browser = this.touch(browserId, now) ?? {
      ring: new TraceRing<T>(this.limits.perBrowser),
      lastActive: now,
    };
    browser.ring.add(item);
    this.browsers.set(browserId, browser);
    while (this.browsers.size > this.limits.maxBrowsers) this.drop(this.browsers.keys().next());
  }

  /** This browser's traces, newest first (reading them is activity too). */
  list(browserId: string, now: number): T[] {
    return this.touch(browserId, now)?.ring.list() ?? [];
  }

  /** The traces of `from` now belong to `to` (a login rotated the browser's id). */
  move(from: string, to: string, now: number): void {
    const browser = this.browsers.get(from);
    if (browser === undefined) return;
    this.browsers.delete(from);
    browser.lastActive = now;
    this.browsers.set(to, browser);
  }

  get size(): number {
    return this.browsers.size;
  }

  private touch(browserId: string, now: number): Browser<T> | undefined {
    const browser = this.browsers.get(browserId);
    if (browser === undefined) return undefined;
    this.browsers.delete(browserId); // re-inserted at the end: the most recently active
    browser.lastActive = now;
    this.browsers.set(browserId, browser);
    return browser;
  }

  private dropIdle(now: number): void {
    // Each browser is looked at once at most: a watched one goes to the end, refreshed.
    for (let seen = this.browsers.size; seen > 0; seen--) {
      const [id, browser] = this.browsers.entries().next().value ?? [];
      if (id === undefined || browser === undefined) return;
      if (now - browser.lastActive < this.limits.idleMs) return;
      if (this.limits.isWatched(id)) this.touch(id, now);
      else this.browsers.delete(id);
    }
  }

  private drop(oldest: IteratorResult<string>): void {
    if (!oldest.done) this.browsers.delete(oldest.value);
  }
}
