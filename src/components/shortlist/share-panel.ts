/**
 * "Share this list": the link (to read out or copy), "Copy link", "Email", "Text message", a QR code to
 * scan from the screen, and "Print this list".
 */
import { html, nothing } from 'lit';
import type { ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { qrImage, type QrCode } from './qr-code.js';

export interface ShareContext {
  msg: ShortlistCatalogue;
  headingLevel: number;
  shareUrl: string;
  emailHref: string;
  smsHref: string;
  /** What "Copy link" did, said beside it. */
  copied?: string;
  /** The QR code on screen: shown, and made (or why not). */
  qr: { shown: boolean; code?: QrCode; problem?: string };
  onCopy: () => void;
  onToggleQr: () => void;
  onPrint: () => void;
}

export function sharePanel(context: ShareContext) {
  const { msg, qr } = context;
  return html`<section part="share" class="share" aria-labelledby="share-heading">
    <p id="share-heading" class="share-heading" role="heading" aria-level=${Math.min(6, context.headingLevel + 1)}>
      ${msg.shareHeading}
    </p>
    <label for="share-link">${msg.shareLinkLabel}</label>
    <div class="link-row">
      <input id="share-link" part="input" type="text" readonly .value=${context.shareUrl} aria-describedby="copied" />
      <button type="button" part="button" @click=${context.onCopy}>${msg.copyLink}</button>
    </div>
    <p id="copied" class="muted copied">${context.copied ?? ''}</p>
    <div class="share-actions">
      <a part="button" class="button-link" href=${context.emailHref}>${msg.emailList}</a>
      <a part="button" class="button-link" href=${context.smsHref}>${msg.textList}</a>
      <button
        type="button"
        part="button"
        aria-expanded=${qr.shown ? 'true' : 'false'}
        aria-controls="qr-code"
        @click=${context.onToggleQr}
      >
        ${qr.shown ? msg.hideQrCode : msg.showQrCode}
      </button>
      <button type="button" part="button print" class="primary" @click=${context.onPrint}>${msg.printList}</button>
    </div>
    <div id="qr-code" class="qr-box" ?hidden=${!qr.shown}>
      ${qr.code ? qrImage(qr.code, msg.qrCodeLabel) : qr.problem ? html`<p class="muted">${qr.problem}</p>` : nothing}
    </div>
  </section>`;
}
