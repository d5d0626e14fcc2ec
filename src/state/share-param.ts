/**
 * Whether the page URL has a `pl` query parameter. Kept apart from the codec (share-encode.ts
 * writes a link, share.ts reads one; each loads only when needed) so a page can tell whether it
 * has a link without loading either.
 */

/**
 * Whether the URL has a `pl` parameter (SHARE_PARAM, share-encode.ts): a `pl` key (with or without
 * `=`) in the query, which runs from the first `?` to the first `#`. The same as splitting the
 * query into `&`-separated pairs (share-encode.ts, `splitUrl` and `isShareParam`;
 * test/unit/share.test.ts compares the two), in fewer bytes: this one is in the first download.
 */
export function hasShareParam(href: string): boolean {
  return /^[^?#]*\?([^#]*&)?pl([=&#]|$)/.test(href);
}

/** The page's address (empty outside a browser). */
export function pageHref(): string {
  return globalThis.location?.href ?? '';
}
