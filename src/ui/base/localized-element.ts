import { LitElement, type PropertyValues } from 'lit';
import { isLocaleLoaded, loadLocale, localeOf, withLocale, type Locale } from '../../i18n/localize.js';

/** Elements that follow a `lang` change on the page (`<html lang>` or an ancestor). */
const watchers = new Set<LocalizedElement>();
let observer: MutationObserver | undefined;

function watch(el: LocalizedElement): void {
  watchers.add(el);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => watchers.forEach((w) => w.refreshLocale()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(el: LocalizedElement): void {
  watchers.delete(el);
  if (!watchers.size) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * Base class: the element's language comes from its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`, else bokmål. Its messages load before it renders,
 * and `render()` runs with that language active, so two elements in different languages can
 * share a page.
 */
export class LocalizedElement extends LitElement {
  /** The resolved language (nb, nn or en). */
  protected locale: Locale = 'nb';

  override connectedCallback(): void {
    super.connectedCallback();
    watch(this);
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatch(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.refreshLocale();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Re-reads the language; re-renders when it changed. */
  refreshLocale(): void {
    if (!this.isConnected) return;
    const next = localeOf(this);
    if (next === this.locale && isLocaleLoaded(next)) return;
    this.locale = next;
    this.onLocaleChange(next);
    this.requestUpdate();
  }

  /** Hook for subclasses (e.g. to pass the language on to children). */
  protected onLocaleChange(_locale: Locale): void {}

  /** Work the next render waits for (e.g. reading a link's state); see `renderAfter`. */
  private pendingBeforeRender: Promise<unknown>[] = [];

  /** Delays rendering until `work` has settled (it must not reject). */
  renderAfter(work: Promise<unknown>): void {
    this.pendingBeforeRender.push(work);
  }

  /** Parts of the element that load after its first render (see `loadPart`). */
  private loadingParts = new Set<Promise<unknown>>();

  /**
   * Loads a part of the element that is not needed for its first render (it must not reject), and
   * renders again when it has arrived. Until then `updateComplete` waits for it as well, so a
   * caller that awaits `updateComplete` sees the element complete.
   * @internal
   */
  loadPart(work: Promise<unknown>): void {
    this.loadingParts.add(work);
    void work.finally(() => {
      this.loadingParts.delete(work);
      this.requestUpdate();
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loadingParts.size) {
      await Promise.all(this.loadingParts);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /**
   * Waits for the messages of the language (no flash of another language) and for any work
   * registered with `renderAfter` before rendering.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!isLocaleLoaded(this.locale)) await loadLocale(this.locale);
    while (this.pendingBeforeRender.length) await Promise.all(this.pendingBeforeRender.splice(0));
    await super.scheduleUpdate();
  }

  /** Runs `fn` with this element's language active (for messages made outside `render()`). */
  localized<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }

  private renderedLocale: Locale | null = null;

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
    if (this.renderedLocale !== this.locale) {
      const first = this.renderedLocale === null;
      this.renderedLocale = this.locale;
      // Nested localized elements take their language from ours (the `lang` we render).
      if (!first) this.renderRoot.querySelectorAll('*').forEach((n) => n instanceof LocalizedElement && n.refreshLocale());
    }
  }
}
