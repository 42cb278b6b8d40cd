import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';

/** An element with nothing but a LocaleController, counting its updates. */
class LocaleHost extends ReactiveElement {
  readonly locale = new LocaleController(this);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('locale-host', LocaleHost);

describe('LocaleController, on a bare element', () => {
  it('follows the nearest lang, and updates the element when it changes', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="en-GB">
        <section><locale-host></locale-host></section>
      </div>`,
    );
    const element = page.querySelector<LocaleHost>('locale-host')!;
    expect([element.locale.locale, element.locale.intl]).to.deep.equal(['en', 'en-GB']);
    expect(element.locale.msg.tryAgain).to.equal('Try again');
    const before = element.updates;
    page.setAttribute('lang', 'cy');
    // The Welsh words load on first use: the element switches when they arrive.
    await waitUntil(() => element.locale.locale === 'cy', 'did not follow the page into Welsh', { timeout: 10000 });
    await element.updateComplete;
    expect(element.updates).to.be.greaterThan(before);
    expect([element.locale.intl, element.locale.msg.tryAgain]).to.deep.equal(['cy-GB', 'Rhowch gynnig arall arni']);
  });

  it('lets a nearer lang win, and goes back to the outer one when it is removed', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <section><locale-host></locale-host></section>
      </div>`,
    );
    const element = page.querySelector<LocaleHost>('locale-host')!;
    const section = page.querySelector('section')!;
    await waitUntil(() => element.locale.locale === 'cy', 'never spoke Welsh', { timeout: 10000 });
    section.setAttribute('lang', 'en');
    await waitUntil(() => element.locale.locale === 'en', 'the nearer English lang did not win');
    section.removeAttribute('lang');
    await waitUntil(() => element.locale.locale === 'cy', 'did not go back to Welsh');
    element.setAttribute('lang', 'en-GB');
    await waitUntil(() => element.locale.locale === 'en', 'its own lang did not win');
  });

  it('stops watching when the element leaves the page', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en"><locale-host></locale-host></div>`);
    const element = page.querySelector<LocaleHost>('locale-host')!;
    element.remove();
    page.setAttribute('lang', 'cy');
    await new Promise(requestAnimationFrame);
    expect(element.locale.locale).to.equal('en');
  });
});
