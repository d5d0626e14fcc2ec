/**
 * The contents of the share, save and export panel (see share-controller.ts): copy link, named
 * saved scenarios (localStorage, read when the panel first opens, and checked against the host's
 * own dataset: a site's `data-src` file, not the bundled data), CSV and PNG downloads, print.
 * Loaded right after the host's first render.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../../model/dataset-types.js';
import type { SavedScenario, ScenarioStore } from '../../../state/storage.js';
import { formatDate } from '../../../i18n/format.js';
import { msg, str, type Locale } from '../../../i18n/localize.js';
import { pageHref } from '../../../state/share-param.js';
import { MAX_NAME_LENGTH } from '../../../state/share-encode.js';
import type { ShareHost } from '../host.js';

const saveUnavailableText = (): string =>
  msg('Nettleseren tillater ikke lagring her (f.eks. privat modus). Bruk lenken i stedet.', { id: 'save.unavailable' });

/** Saved scenarios are only needed once the panel opens: loaded then, read with the host's data. */
async function openStore(data: Dataset): Promise<ScenarioStore> {
  const { createScenarioStore } = await import('../../../state/storage.js');
  return createScenarioStore(() => globalThis.localStorage ?? null, data);
}

export class SharePanel {
  private store: ScenarioStore | null = null;
  /** The dataset the store reads with. */
  private storeData: Dataset | null = null;
  private saved: SavedScenario[] = [];
  private status = '';
  private manualLink: string | null = null;

  constructor(
    private readonly host: ShareHost,
    private readonly setNotice: (text: (() => string) | null) => void,
  ) {}

  /** The panel was opened: read the saved scenarios. */
  opened(): void {
    void this.ensureStore();
  }

  /** The store, for the host's data as it is now (a store made before a `data-src` loaded is made again). */
  private async ensureStore(): Promise<ScenarioStore> {
    const data = await this.host.settledData();
    if (!this.store || this.storeData !== data) {
      this.store = await openStore(data);
      this.storeData = data;
      this.refreshSaved();
      this.host.requestUpdate();
    }
    return this.store;
  }

  private refreshSaved(): void {
    const { items, notice } = this.store!.list();
    this.saved = items;
    // Items listed with values reset (`repaired`) say so when opened; this is for those not listed.
    if (notice?.code === 'corrupt' && notice.skipped > 0)
      this.setNotice(() => msg('Noen lagrede scenarioer kunne ikke leses og vises ikke. De er ikke slettet.', { id: 'save.corrupt' }));
    if (notice?.code === 'newerVersion')
      this.setNotice(() => msg('De lagrede scenarioene er laget av en nyere versjon og kan ikke brukes her.', { id: 'save.newer' }));
  }

  private async copyLink(): Promise<void> {
    const state = this.host.shareState();
    const { writeShareToUrl } = await import('../../../state/share-encode.js');
    const link = writeShareToUrl(pageHref(), state);
    try {
      await navigator.clipboard.writeText(link);
      this.manualLink = null;
      this.status = this.host.localized(() => msg('Lenken er kopiert.', { id: 'share.copied' }));
    } catch {
      this.manualLink = link;
      this.status = this.host.localized(() => msg('Kunne ikke kopiere automatisk. Kopier lenken i feltet.', { id: 'share.copyManually' }));
    }
    this.host.requestUpdate();
  }

  private async save(form: HTMLFormElement): Promise<void> {
    const store = await this.ensureStore();
    this.host.localized(() => this.saveNow(form, store));
  }

  private saveNow(form: HTMLFormElement, store: ScenarioStore): void {
    const input = form.querySelector('input');
    const name = input?.value.trim() || msg('Uten navn', { id: 'save.untitled' });
    const r = store.save(name, this.host.shareState());
    if (r.ok) {
      this.status = msg(str`Lagret som «${name}».`, { id: 'save.saved' });
      if (input) input.value = '';
      this.refreshSaved();
    } else {
      this.status =
        r.reason === 'quota'
          ? msg('Det er ikke plass til flere lagrede scenarioer i nettleseren. Slett noen først.', { id: 'save.quota' })
          : r.reason === 'corrupt'
            ? msg('Lagrede data kunne ikke leses, og vi skriver ikke over dem.', { id: 'save.refused' })
            : saveUnavailableText();
    }
    this.host.requestUpdate();
  }

  private async open(listed: SavedScenario): Promise<void> {
    // Read again with the host's data as it is now (it may have changed since the list was read).
    const store = await this.ensureStore();
    const item = store.list().items.find((i) => i.id === listed.id) ?? listed;
    this.host.restoreState(item.state, []);
    this.status = this.host.localized(() => msg(str`Åpnet «${item.name}».`, { id: 'save.opened' }));
    const { name } = item;
    if (item.repaired)
      this.setNotice(() =>
        msg(
          str`Noen verdier i «${name}» passer ikke med lønnstallene som brukes her, og er satt til standard. Det lagrede scenarioet er ikke endret.`,
          { id: 'save.repaired' },
        ),
      );
    this.host.requestUpdate();
  }

  private remove(item: SavedScenario): void {
    this.store?.remove(item.id);
    this.refreshSaved();
    this.status = this.host.localized(() => msg(str`Slettet «${item.name}».`, { id: 'save.deleted' }));
    this.host.requestUpdate();
  }

  private download(blob: Blob, filename: string): void {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private async downloadCsv(): Promise<void> {
    const { text, filename } = await this.host.csv();
    this.download(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
    this.status = this.host.localized(() => msg('CSV-filen er lastet ned.', { id: 'export.csvDone' }));
    this.host.requestUpdate();
  }

  private async downloadPng(): Promise<void> {
    const blob = await this.host.chartPng();
    if (blob) this.download(blob, 'pay-ladder.png');
    this.status = this.host.localized(() =>
      blob ? msg('Bildet er lastet ned.', { id: 'export.pngDone' }) : msg('Diagrammet er ikke klart ennå.', { id: 'export.pngNotReady' }),
    );
    this.host.requestUpdate();
  }

  render(uid: string, locale: Locale): TemplateResult {
    const store = this.store;
    return html`<div class="actions">
        <button type="button" class="secondary" @click=${() => this.copyLink()}>${msg('Kopier lenke', { id: 'share.copy' })}</button>
        <button type="button" class="secondary" @click=${() => this.downloadCsv()}>
          ${msg('Last ned tabell (CSV)', { id: 'export.csv' })}
        </button>
        <button type="button" class="secondary" @click=${() => this.downloadPng()}>
          ${msg('Last ned diagram (PNG)', { id: 'export.png' })}
        </button>
        ${this.host.printable ? html`<button type="button" class="secondary" @click=${() => print()}>${msg('Skriv ut', { id: 'export.print' })}</button>` : nothing}
      </div>
      ${
        this.manualLink !== null
          ? html`<div class="field">
              <label for="${uid}-link">${msg('Lenke til dette oppsettet', { id: 'share.linkLabel' })}</label>
              <input
                id="${uid}-link"
                type="text"
                readonly
                .value=${this.manualLink}
                @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
              />
            </div>`
          : nothing
      }
      <form class="save" @submit=${(e: Event) => (e.preventDefault(), void this.save(e.target as HTMLFormElement))}>
        <div class="field">
          <label for="${uid}-savename">${msg('Navn på scenarioet', { id: 'save.name' })}</label>
          <input id="${uid}-savename" type="text" maxlength=${MAX_NAME_LENGTH} autocomplete="off" />
        </div>
        <button type="submit">${msg('Lagre i denne nettleseren', { id: 'save.button' })}</button>
      </form>
      ${store && !store.available ? html`<p class="hint">${saveUnavailableText()}</p>` : nothing}
      ${
        this.saved.length
          ? html`<h3 class="saved-h">${msg('Lagrede scenarioer', { id: 'save.list' })}</h3>
              <ul class="saved">
                ${this.saved.map(
                  (item) =>
                    html`<li>
                      <span>${item.name} <span class="hint">(${formatDate(item.savedAt.slice(0, 10), locale)})</span></span>
                      <span class="actions">
                        <button type="button" class="secondary" @click=${() => this.open(item)}>
                          ${msg('Åpne', { id: 'save.open' })}<span class="vh"> ${item.name}</span>
                        </button>
                        <button type="button" class="secondary" @click=${() => this.remove(item)}>
                          ${msg('Slett', { id: 'save.delete' })}<span class="vh"> ${item.name}</span>
                        </button>
                      </span>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <p class="hint" role="status" aria-live="polite">${this.status}</p>`;
  }
}
