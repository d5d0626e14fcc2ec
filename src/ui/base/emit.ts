/**
 * The one way the elements tell the page something: a `CustomEvent` that bubbles out of the
 * shadow root, typed by its entry in `HTMLElementEventMap` (every public event is declared there,
 * in ui/events.ts), so a wrong name or detail is a compile error.
 */
type Detail<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

export function emit<K extends keyof HTMLElementEventMap>(el: EventTarget, type: K, detail: Detail<K>): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
