/**
 * The share, save and export block of an element: a notice above it (a bad link, unreadable saved
 * data; outside the panel, which a closed <details> would hide) and the panel's toggle, whose
 * contents load when it is pointed at, focused or opened (share-controller.ts keeps the state).
 * Rendered by the calculator with the blocks under its results, and by the comparison.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, type Locale } from '../../../i18n/localize.js';
import { partFailedText } from '../../../i18n/labels/index.js';
import { DeferredPart } from '../../base/deferred.js';
import type { ShareController } from '../share-controller.js';

/** The panel's contents: loaded when its toggle is pointed at, focused or opened. */
const panelPart = new DeferredPart(() => import('./share-panel.js'));

/** Starts loading the panel's contents (once; again after a failure). */
function want(share: ShareController): void {
  if (share.panel || share.panelLoading) return;
  share.panelLoading = true;
  share.host.loadPart(
    panelPart.load().then((ok) => {
      share.panelLoading = false;
      share.panelFailed = !ok;
      if (!ok || !panelPart.module) return;
      share.panel ??= new panelPart.module.SharePanel(share.host, (text) => share.setNotice(text));
      if (share.panelOpen) share.panel.opened();
    }),
  );
}

/** The panel's toggle was opened or closed: one opened before its contents arrived (or after they failed to) loads them now. */
function toggled(share: ShareController, e: Event): void {
  share.panelOpen = (e.target as HTMLDetailsElement).open;
  if (!share.panelOpen) return;
  if (share.panel) share.panel.opened();
  else want(share);
}

export function shareBlock(share: ShareController, uid: string, locale: Locale): TemplateResult {
  return html`${share.notice ? html`<p class="alert share-notice" role="alert">${share.notice()}</p>` : nothing}
    <details
      class="group share"
      @toggle=${(e: Event) => toggled(share, e)}
      @click=${() => want(share)}
      @pointerover=${() => want(share)}
      @focusin=${() => want(share)}
    >
      <summary>${msg('Del, lagre og last ned', { id: 'share.heading' })}</summary>
      <div class="group-body">
        ${share.panel ? share.panel.render(uid, locale) : share.panelFailed ? html`<p class="alert">${partFailedText()}</p>` : nothing}
      </div>
    </details>`;
}
