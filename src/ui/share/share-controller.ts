/**
 * Share, save and export for the calculator and the comparison: the state in the page URL,
 * "copy link", named saved scenarios (localStorage), CSV and PNG downloads, print.
 *
 * One element per page owns the URL (the first connected one without `no-url-sync`), so two
 * widgets on a page do not overwrite each other's link.
 *
 * Not part of the first download: the link reader (state/share.ts) loads when the page URL has a
 * `pl` parameter to read (the host renders once it is read, against the host's own dataset once
 * settled: a site's `data-src` file, not the bundled data); the link writer (state/share-encode.ts,
 * which needs no data) loads for the first link written; the panel's contents
 * (deferred/share-panel.ts) load when its toggle is pointed at, focused or opened.
 */
import { emit } from '../base/emit.js';
import type { ReactiveController } from 'lit';
import type { ShareState } from '../../state/share-encode.js';
import type { ShareWarning } from '../../state/share.js';
import { msg } from '../../i18n/localize.js';
import { hasShareParam, pageHref } from '../../state/share-param.js';
import type { SharePanelPart, ShareHost } from './host.js';

export type { ShareHost } from './host.js';

let urlOwner: ShareController | null = null;

export class ShareController implements ReactiveController {
  /** @internal The panel's contents, once loaded (deferred/share-block.ts loads them). */
  panel: SharePanelPart | undefined;
  /** @internal The last load of the panel's contents failed. */
  panelFailed = false;
  /** @internal A load of the panel's contents is under way. */
  panelLoading = false;
  /** @internal Whether the person has opened the panel (the saved scenarios are read then). */
  panelOpen = false;
  /**
   * The notice's message, made when rendering: a link is read in hostConnected, before the host
   * knows its language, and the notice follows a later change of language too.
   */
  notice: (() => string) | null = null;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  /** @internal */
  constructor(readonly host: ShareHost) {
    host.addController(this);
  }

  /** Whether this element keeps its state in the page URL. */
  get ownsUrl(): boolean {
    return urlOwner === this;
  }

  hostConnected(): void {
    if (!urlOwner && !this.host.hasAttribute('no-url-sync') && typeof history !== 'undefined') {
      // One element per page owns the URL: the module remembers which.
      // eslint-disable-next-line @typescript-eslint/no-this-alias
      urlOwner = this;
      const href = pageHref();
      if (!hasShareParam(href)) return;
      const badLink = () => this.setNotice(() => msg('Lenken kunne ikke leses, og standardvalgene vises.', { id: 'share.badLink' }));
      // The host renders once the link is read, so it never shows the defaults first. The link is
      // read with the data the host computes with, once that has settled (a `data-src` file loaded).
      this.host.renderAfter(
        Promise.all([import('../../state/share.js'), this.host.settledData()]).then(([{ readShareFromUrl }, data]) => {
          const read = readShareFromUrl(href, data);
          if (read?.ok) this.host.restoreState(read.state, read.warnings);
          else if (read) badLink();
        }, badLink),
      );
    }
  }

  hostDisconnected(): void {
    if (urlOwner === this) urlOwner = null;
    clearTimeout(this.writeTimer);
  }

  /** Call after every change of the state: updates the URL (if owned) and tells the page. */
  changed(): void {
    const state = this.host.shareState();
    emit(this.host, 'pay-ladder-state-change', { state });
    if (!this.ownsUrl) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => void this.writeUrl(state), 250);
  }

  /** Puts the state in the page URL (the link writer loads on the first write). */
  private async writeUrl(state: ShareState): Promise<void> {
    try {
      const { writeShareToUrl } = await import('../../state/share-encode.js');
      if (!this.ownsUrl) return;
      const href = writeShareToUrl(pageHref(), state);
      if (href !== pageHref()) history.replaceState(history.state, '', href);
    } catch {
      // A sandboxed page may refuse history changes (or the code failed to load); the link button still works.
    }
  }

  /** Tells the user that some values from a link or a saved item were reset. */
  warn(warnings: readonly ShareWarning[]): void {
    if (warnings.length) this.setNotice(() => msg('Noen verdier i lenken var ugyldige og er satt til standard.', { id: 'share.warnings' }));
  }

  /** A notice above the panel (a bad link, unreadable saved data), in the host's language. */
  setNotice(text: (() => string) | null): void {
    this.notice = text;
    this.host.requestUpdate();
  }
}
