/**
 * Per-element localization on top of @lit/localize's message format and tools.
 *
 * Messages are written with `msg()` and `str` exactly as in @lit/localize, so
 * `lit-localize extract` finds them and `lit-localize build` writes the locale modules in
 * `./locales/`. At run time we do NOT install @lit/localize's page-wide implementation
 * (`configureLocalization` may run once per page, and a second call throws): a host page
 * that localizes itself with its own copy, or with the same copy, keeps working, and two
 * widgets in different languages can share one page. Instead each element renders with its
 * own locale active (`withLocale`), and our `msg` looks the message up in that locale.
 */
import type { msg as litMsg } from '@lit/localize';
import { sourceLocale, type allLocales, type targetLocales } from './locale-codes.js';

export { str } from '@lit/localize';

/** nb, nn or en: the locales of lit-localize.json, as `lit-localize build` lists them in ./locale-codes.ts. */
export type Locale = (typeof allLocales)[number];
type TargetLocale = (typeof targetLocales)[number];

type StrResult = { strTag: true; strings: readonly string[]; values: unknown[] };
type Localized = string | StrResult;
type Templates = Record<string, Localized>;

/** Explicit loaders: a template-literal dynamic import breaks in some dev servers and bundlers. */
const loaders: Record<TargetLocale, () => Promise<{ templates: Templates }>> = {
  nn: () => import('./locales/nn.js'),
  en: () => import('./locales/en.js'),
};

const loaded = new Map<Locale, Templates>([[sourceLocale, {}]]);
const loading = new Map<Locale, Promise<void>>();
let active: Locale = sourceLocale;

/**
 * Maps a BCP 47 tag to one of our locales: `no`, `nb-NO`, `nob` → nb; `nn-NO`, `nno` → nn;
 * `en`, `en-GB` … → en. Anything else → nb.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'nn' || primary === 'nno') return 'nn';
  if (primary === 'en' || primary === 'eng') return 'en';
  return 'nb';
}

/** The language for an element: its own `lang`, else the nearest ancestor's (across shadow roots), else the page's. */
export function localeOf(el: Element): Locale {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return resolveLocale(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return resolveLocale(document.documentElement.getAttribute('lang'));
}

/** Loads a locale's messages (once). Resolves when `msg` can use them; never rejects. */
export function loadLocale(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return Promise.resolve();
  let p = loading.get(locale);
  if (!p) {
    p = loaders[locale as TargetLocale]()
      .then((m) => void loaded.set(locale, m.templates))
      .catch((e: unknown) => {
        // The messages stay in bokmål; the widget keeps working.
        console.warn(`pay-ladder: could not load the "${locale}" messages`, e);
        loaded.set(locale, {});
      });
    loading.set(locale, p);
  }
  return p;
}

export function isLocaleLoaded(locale: Locale): boolean {
  return loaded.has(locale);
}

/** Runs `fn` (a synchronous render) with `locale` active for `msg`, then restores the previous one. */
export function withLocale<T>(locale: Locale, fn: () => T): T {
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

export function activeLocale(): Locale {
  return active;
}

function join(strings: readonly string[], values: unknown[], order?: number[]): string {
  let out = strings[0];
  for (let i = 1; i < strings.length; i++) out += String(values[order ? order[i - 1] : i - 1]) + strings[i];
  return out;
}

function isStr(t: unknown): t is StrResult {
  return typeof t === 'object' && t !== null && 'strTag' in t;
}

/**
 * Same signature as @lit/localize's `msg` (so its tools extract our messages). Every call must
 * give an explicit `id`. Only strings and `str` templates: no HTML inside messages.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const localized = options?.id ? loaded.get(active)?.[options.id] : undefined;
  if (localized !== undefined) {
    if (typeof localized === 'string') return localized;
    if (isStr(template)) return join(localized.strings, template.values, localized.values as number[]);
  }
  return isStr(template) ? join(template.strings, template.values) : template;
}) as unknown as typeof litMsg;
