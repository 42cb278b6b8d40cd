import { expect, waitUntil } from '@open-wc/testing';
import { allInside, finder, inside, markerNames, searchPostcode, statusText } from './helpers.js';

describe('<lw-network-finder>: in Welsh', () => {
  it('speaks Welsh throughout: controls, markers, the answer and the kind empty state', async () => {
    const element = await finder({ lang: 'cy' });
    await waitUntil(() => markerNames(element).length === 4);
    expect(markerNames(element)[1]).to.equal('Westminster Arts on Prescription (Rhwydwaith lleol)');
    expect(
      allInside(element, '.controls button').map((button) =>
        (button.querySelector('.visually-hidden') ?? button).textContent!.trim(),
      ),
    ).to.include('Chwyddo i mewn');
    expect(inside(element, '.map').getAttribute('aria-label')).to.equal('Map o rwydweithiau celfyddydau ac iechyd');
    await searchPostcode(element, 'SW1A 1AA');
    await waitUntil(() => statusText(element) === '3 rhwydwaith yn cwmpasu SW1A 1AA', statusText(element));
    await searchPostcode(element, 'NR2 1NH');
    await waitUntil(
      () => statusText(element) === 'Nid oes rhwydwaith lleol na rhanbarthol yn cwmpasu NR2 1NH eto.',
      statusText(element),
    );
    expect(inside(element, '.no-network').textContent).to.include(
      'Ac os nad oes dim byd yn agos atoch eto: pa ran allech chi ei chwarae wrth ddod â rhwydwaith o’r fath at ei gilydd?',
    );
    expect(inside(element, '.answer').textContent).to.match(/\d+ milltir i ffwrdd/);
    await expect(element).to.be.accessible();
  });

  it('changes language when the page does', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    element.setAttribute('lang', 'cy');
    await waitUntil(() => markerNames(element)[0].endsWith('(Rhwydwaith lleol)'), markerNames(element)[0]);
  });
});
