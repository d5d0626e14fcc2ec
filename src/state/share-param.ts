/**
 * Finding the `pl` query parameter in a URL. Kept apart from share.ts (the codec, loaded only
 * when a link is read or written) so a page can tell whether it has a link without loading it.
 */

/** Name of the query parameter. */
export const SHARE_PARAM = 'pl';

export function splitUrl(url: string): { head: string; query: string | null; hash: string } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return { head: beforeHash, query: null, hash };
  return { head: beforeHash.slice(0, queryAt), query: beforeHash.slice(queryAt + 1), hash };
}

export function isShareParam(pair: string): boolean {
  const eq = pair.indexOf('=');
  return (eq < 0 ? pair : pair.slice(0, eq)) === SHARE_PARAM;
}

/** Whether the URL has a `pl` parameter. */
export function hasShareParam(href: string): boolean {
  const { query } = splitUrl(href);
  return query !== null && query.split('&').some(isShareParam);
}

/** The page's address (empty outside a browser). */
export function pageHref(): string {
  return globalThis.location?.href ?? '';
}
