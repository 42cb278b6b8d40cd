import { expect, waitUntil } from '@open-wc/testing';
import { FinderHarness } from './harness.js';

describe('<lw-network-finder>: in Welsh', () => {
  it('speaks Welsh throughout: controls, markers, the answer and the kind empty state', async () => {
    const finder = await FinderHarness.open({ lang: 'cy' });
    await waitUntil(() => finder.markers().length === 4);
    expect(finder.markers()[1]).to.equal('Westminster Arts on Prescription (Rhwydwaith lleol)');
    expect(finder.controls()).to.include('Chwyddo i mewn');
    expect(finder.mapName()).to.equal('Map o rwydweithiau celfyddydau ac iechyd');
    await finder.findPostcode('SW1A 1AA');
    await waitUntil(() => finder.status() === '3 rhwydwaith yn cwmpasu SW1A 1AA', finder.status());
    await finder.findPostcode('NR2 1NH');
    await waitUntil(
      () => finder.status() === 'Nid oes rhwydwaith lleol na rhanbarthol yn cwmpasu NR2 1NH eto.',
      finder.status(),
    );
    expect(finder.noNetworkMessage()).to.include(
      'Ac os nad oes dim byd yn agos atoch eto: pa ran allech chi ei chwarae wrth ddod â rhwydwaith o’r fath at ei gilydd?',
    );
    expect(finder.answer()).to.match(/\d+ milltir i ffwrdd/);
    await expect(finder.element).to.be.accessible();
  });

  it('says “2 rwydwaith” for a place two networks cover', async () => {
    const finder = await FinderHarness.open({ lang: 'cy' });
    await finder.findPostcode('LS1 4AP');
    await waitUntil(() => finder.status() === '2 rwydwaith yn cwmpasu LS1 4AP', finder.status());
  });

  it('changes language when the page does', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    finder.element.setAttribute('lang', 'cy');
    await waitUntil(() => finder.markers()[0].endsWith('(Rhwydwaith lleol)'), finder.markers()[0]);
  });
});
