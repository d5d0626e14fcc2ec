/**
 * Share, save and export for the calculator and the comparison: the state in the page URL,
 * "copy link", named saved scenarios (localStorage), CSV and PNG downloads, print.
 *
 * One element per page owns the URL (the first connected one without `no-url-sync`), so two
 * widgets on a page do not overwrite each other's link.
 *
 * Not part of the first download: the link codec (state/share.ts) loads when the page URL has a
 * `pl` parameter to read (the host renders once it is read) and for the first link written; the
 * panel's contents (deferred/share-panel.ts) load right after the host's first render, while the panel is
 * still closed.
 */
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { ShareState, ShareWarning } from '../../state/share.js';
import { hasShareParam } from '../../state/share-param.js';
import { msg, type Locale } from '../../i18n/localize.js';
import type { LocalizedElement } from '../base/localized-element.js';
import { partFailedText } from '../../i18n/labels/index.js';
import { afterChart } from '../base/registry.js';
import { once } from '../base/once.js';
import type { SharePanel } from './deferred/share-panel.js';

export interface ShareHost extends LocalizedElement {
  /** The state to put in a link or save. */
  shareState(): ShareState;
  /** Restores a state from a link or a saved item; warnings list values that were reset. */
  restoreState(state: ShareState, warnings: readonly ShareWarning[]): void;
  /** The CSV file's text and name (the CSV code loads on first use). */
  csv(): Promise<{ text: string; filename: string }>;
  /** The chart as PNG, or null when no chart is shown. */
  chartPng(): Promise<Blob | null>;
  /** Whether a printable handout is offered. */
  readonly printable: boolean;
  hasAttribute(name: string): boolean;
}

let urlOwner: ShareController | null = null;

/** The page's address (empty outside a browser). */
export function pageHref(): string {
  return globalThis.location?.href ?? '';
}

const panelModule = once(() => import('./deferred/share-panel.js'));

export class ShareController implements ReactiveController {
  /** The panel's contents, once loaded. */
  private panel: SharePanel | undefined;
  private panelRequested = false;
  private panelFailed = false;
  /** Whether the person has opened the panel (the saved scenarios are read then). */
  private panelOpen = false;
  /**
   * The notice's message, made when rendering: a link is read in hostConnected, before the host
   * knows its language, and the notice follows a later change of language too.
   */
  private notice: (() => string) | null = null;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly host: ShareHost) {
    host.addController(this);
  }

  /** Whether this element keeps its state in the page URL. */
  get ownsUrl(): boolean {
    return urlOwner === this;
  }

  hostConnected(): void {
    if (!urlOwner && !this.host.hasAttribute('no-url-sync') && typeof history !== 'undefined') {
      urlOwner = this;
      const href = pageHref();
      if (!hasShareParam(href)) return;
      const badLink = () => this.setNotice(() => msg('Lenken kunne ikke leses, og standardvalgene vises.', { id: 'share.badLink' }));
      // The host renders once the link is read, so it never shows the defaults first.
      this.host.renderAfter(
        import('../../state/share.js').then(({ readShareFromUrl }) => {
          const read = readShareFromUrl(href);
          if (read?.ok) this.host.restoreState(read.state, read.warnings);
          else if (read && !read.ok) badLink();
        }, badLink),
      );
    }
  }

  /** After the host's first render (and the chart): the panel's contents load while the panel is closed. */
  hostUpdated(): void {
    if (this.panelRequested) return;
    this.panelRequested = true;
    this.loadPanel(afterChart(panelModule));
  }

  private loadPanel(module: ReturnType<typeof panelModule>): void {
    this.host.loadPart(
      module.then(
        (m) => {
          this.panel ??= new m.SharePanel(this.host, (text) => this.setNotice(text));
          this.panelFailed = false;
          if (this.panelOpen) this.panel.opened();
        },
        () => (this.panelFailed = true),
      ),
    );
  }

  hostDisconnected(): void {
    if (urlOwner === this) urlOwner = null;
    clearTimeout(this.writeTimer);
  }

  /** Call after every change of the state: updates the URL (if owned) and tells the page. */
  changed(): void {
    const state = this.host.shareState();
    this.host.dispatchEvent(new CustomEvent('pay-ladder-state-change', { detail: { state }, bubbles: true, composed: true }));
    if (!this.ownsUrl) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(async () => {
      try {
        const { writeShareToUrl } = await import('../../state/share.js');
        if (!this.ownsUrl) return;
        const href = writeShareToUrl(pageHref(), state);
        if (href !== pageHref()) history.replaceState(history.state, '', href);
      } catch {
        // A sandboxed page may refuse history changes (or the code failed to load); the link button still works.
      }
    }, 250);
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

  /** The share, save and export panel. */
  render(uid: string, locale: Locale): TemplateResult {
    // The notice (a bad link, unreadable saved data) is outside the panel: a closed <details> would hide it.
    return html`${this.notice ? html`<p class="alert share-notice" role="alert">${this.notice()}</p>` : nothing}
      <details class="group share" @toggle=${this.onToggle}>
        <summary>${msg('Del, lagre og last ned', { id: 'share.heading' })}</summary>
        <div class="group-body">
          ${this.panel ? this.panel.render(uid, locale) : this.panelFailed ? html`<p class="alert">${partFailedText()}</p>` : nothing}
        </div>
      </details>`;
  }

  private onToggle = (e: Event): void => {
    this.panelOpen = (e.target as HTMLDetailsElement).open;
    if (!this.panelOpen) return;
    // Opened before its contents arrived (or after they failed to): load them now.
    if (this.panel) this.panel.opened();
    else this.loadPanel(panelModule());
  }
}
