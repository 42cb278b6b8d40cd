import { expect, waitUntil } from '@open-wc/testing';
import { cy } from '../../src/i18n/cy.js';
import { allInside, finder, inside, markerNames, searchPostcode, statusText } from './helpers.js';

describe('<lw-network-finder>: in Welsh', () => {
  it('speaks Welsh throughout: controls, markers, the answer and the kind empty state', async () => {
    const element = await finder({ lang: 'cy' });
    await waitUntil(() => markerNames(element).length === 4);
    expect(markerNames(element)[1]).to.equal(`Westminster Arts on Prescription (${cy.scopeLocal})`);
    expect(
      allInside(element, '.controls button').map((button) =>
        (button.querySelector('.visually-hidden') ?? button).textContent!.trim(),
      ),
    ).to.include(cy.zoomIn);
    expect(inside(element, '.map').getAttribute('aria-label')).to.equal(cy.mapLabel);
    await searchPostcode(element, 'SW1A 1AA');
    await waitUntil(() => statusText(element) === cy.networksCover(3, 'SW1A 1AA'), statusText(element));
    await searchPostcode(element, 'NR2 1NH');
    await waitUntil(() => statusText(element) === cy.noNetworkYet('NR2 1NH'), statusText(element));
    expect(inside(element, '.no-network').textContent).to.include(cy.noNetworkQuestion);
    expect(inside(element, '.answer').textContent).to.match(/\d+ milltir i ffwrdd/);
    await expect(element).to.be.accessible();
  });

  it('changes language when the page does', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    element.setAttribute('lang', 'cy');
    await waitUntil(() => markerNames(element)[0].endsWith(`(${cy.scopeLocal})`), markerNames(element)[0]);
  });
});
