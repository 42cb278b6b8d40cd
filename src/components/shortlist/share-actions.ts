/**
 * What the buttons of "Share this list" in `<lw-shortlist>` do: "Copy link" (or, with no clipboard, the
 * link selected for the visitor to copy), the QR code shown and hidden (made again whenever the list
 * changes), and "Print this list" (the plan printed on its own, its QR code made first).
 */
import type { LitElement, ReactiveController } from 'lit';
import type { ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { planStyles } from './plan.styles.js';
import { printAlone } from './print-frame.js';
import { makeQrCode, type QrCode } from './qr-code.js';
import type { ShareContext } from './share-panel.js';

export interface ShareActionsOptions {
  /** The page's address with the list in it. */
  shareUrl: () => string;
  msg: () => ShortlistCatalogue;
  /** The page's language, for the printed plan. */
  lang: () => string;
  /** Reads a message out. */
  say: (message: string) => void;
  /** Keeps the note being typed before the plan is printed. */
  keepNote: () => void;
}

export class ShareActions implements ReactiveController {
  /** What "Copy link" did, said beside it. */
  #copied?: string;
  #qr: { shown: boolean; url?: string; code?: QrCode; problem?: string } = { shown: false };

  constructor(
    private readonly host: LitElement,
    private readonly options: ShareActionsOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#qr.shown && this.#qr.url !== this.options.shareUrl()) void this.#makeQr();
  }

  /** What the share panel shows and does. */
  get panel(): Pick<ShareContext, 'copied' | 'qr' | 'onCopy' | 'onToggleQr' | 'onPrint'> {
    return {
      copied: this.#copied,
      qr: this.#qr,
      onCopy: () => void this.#copy(),
      onToggleQr: () => void this.#toggleQr(),
      onPrint: () => void this.#print(),
    };
  }

  /** The QR code for `url` on the printed plan, once it is made. */
  codeFor(url: string): QrCode | undefined {
    return this.#qr.url === url ? this.#qr.code : undefined;
  }

  /** Hides the QR code (the list started again). */
  hideQr(): void {
    this.#qr = { shown: false };
  }

  async #copy(): Promise<void> {
    const msg = this.options.msg();
    try {
      await navigator.clipboard.writeText(this.options.shareUrl());
      this.#copied = msg.linkCopied;
    } catch {
      // No clipboard (an insecure page, a refused permission): select the link for the visitor to copy.
      this.host.renderRoot.querySelector<HTMLInputElement>('#share-link')?.select();
      this.#copied = msg.linkSelected;
    }
    this.options.say(this.#copied);
  }

  async #makeQr(): Promise<void> {
    const url = this.options.shareUrl();
    this.#qr = { ...this.#qr, url };
    let code: QrCode | undefined;
    let problem: string | undefined;
    try {
      code = await makeQrCode(url);
      if (!code) problem = this.options.msg().qrCodeTooLong;
    } catch (error) {
      console.warn('Linkwork: the QR code could not be made:', error);
      problem = this.options.msg().qrCodeFailed;
    }
    if (this.#qr.url !== url) return;
    this.#qr = { ...this.#qr, code, problem };
    this.host.requestUpdate();
  }

  async #toggleQr(): Promise<void> {
    this.#qr = { ...this.#qr, shown: !this.#qr.shown };
    this.host.requestUpdate();
    if (this.#qr.shown && this.#qr.url !== this.options.shareUrl()) await this.#makeQr();
  }

  async #print(): Promise<void> {
    this.options.keepNote();
    if (this.#qr.url !== this.options.shareUrl()) await this.#makeQr();
    await this.host.updateComplete;
    const plan = this.host.renderRoot.querySelector('.plan');
    if (!plan) return;
    printAlone(plan, {
      root: this.host.shadowRoot!,
      styles: [planStyles],
      lang: this.options.lang(),
      title: this.options.msg().planHeading,
      fontFamily: getComputedStyle(this.host).fontFamily,
    });
  }
}
