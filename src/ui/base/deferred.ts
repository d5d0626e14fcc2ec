/**
 * The one way a part of an element loads later: once, shared by every element, and tried again
 * the next time it is asked for after a failed load (the network may be back). Elements render a
 * part when its `module` is there, and `partFailedText()` when `failed`; what starts a load is the
 * element's business: coming near the viewport (`whenNear`), a pointer over or focus on the
 * toggle that opens it, or the first render needing it.
 */
import { once } from './once.js';

export class DeferredPart<T> {
  /** The part's module, once loaded. */
  module: T | undefined;
  /** The last load failed (and no later one has succeeded yet). */
  failed = false;
  private readonly get: () => Promise<T>;

  constructor(load: () => Promise<T>) {
    this.get = once(load);
  }

  /** Loads the part (once); resolves to whether it is there. Never rejects. */
  load(): Promise<boolean> {
    return this.get().then(
      (m) => {
        this.module = m;
        this.failed = false;
        return true;
      },
      () => {
        this.failed = true;
        return false;
      },
    );
  }
}

/**
 * Resolves when `el` is within one viewport height of the viewport, after the next paint: what
 * a widget far down a page shows later is not fetched until the reader comes near it, and what a
 * widget in view shows next does not compete with its first paint. `first` is told at once
 * whether it is near now. Without IntersectionObserver: near, at once.
 */
export function whenNear(el: Element, first?: (near: boolean) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof IntersectionObserver === 'undefined') {
      first?.(true);
      return resolve();
    }
    const io = new IntersectionObserver(
      (entries) => {
        const near = entries.some((e) => e.isIntersecting);
        first?.(near);
        first = undefined;
        if (!near) return;
        io.disconnect();
        requestAnimationFrame(() => setTimeout(resolve));
      },
      { rootMargin: '100% 0px' },
    );
    io.observe(el);
  });
}
