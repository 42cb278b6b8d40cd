import { expect } from '@open-wc/testing';
import { ResourceListHarness } from './harness.js';

const mount = ResourceListHarness.mount;

describe('<lw-resource-list>: filters and search', () => {
  it('starts from the type attribute, ticking those types', async () => {
    const list = await mount('type="guide webinar"');
    expect(list.groupHeadings()).to.deep.equal(['Webinars', 'Guides']);
    expect(list.isTicked('type-guide') && list.isTicked('type-webinar')).to.equal(true);
    expect(list.isTicked('type-portal')).to.equal(false);
    await list.countSays('3 of 6 resources');
  });

  it('starts from the audience attribute; resources naming no audience are for everyone', async () => {
    const list = await mount('audience="public"');
    expect(list.titles()).to.deep.equal(['What is social prescribing?', 'Social Prescribing Network']);
    expect(list.isTicked('audience-public')).to.equal(true);
  });

  it('follows a change of attribute', async () => {
    const list = await mount('audience="public"');
    list.list.setAttribute('audience', 'link-workers');
    await list.list.updateComplete;
    expect(list.titles()).to.deep.equal([
      'Culture and wellbeing portal',
      'Arts on prescription webinar',
      'Social Prescribing Network',
      'National Association of Link Workers',
    ]);
  });

  it('filters by type and audience with the checkboxes, by keyboard, counting each choice and saying it at once', async () => {
    const list = await mount();
    expect(list.choiceLabel('type-guide')).to.equal('Guides (2)');
    await list.toggle('audience-cultural-organisations');
    expect(list.titles()).to.deep.equal([
      'Culture and wellbeing portal',
      'Arts on prescription webinar',
      'Working with link workers',
      'Social Prescribing Network',
    ]);
    expect(list.count()).to.equal('4 of 6 resources');
    // The type counts follow the audience chosen.
    expect(list.choiceLabel('type-guide')).to.equal('Guides (1)');
    await list.toggle('type-guide');
    expect(list.titles()).to.deep.equal(['Working with link workers']);
    expect(list.count()).to.equal('1 of 6 resources');
    expect(list.focused()).to.equal('type-guide');
  });

  it('searches with the shared engine, forgiving a typo, and marks the words found', async () => {
    const list = await mount();
    await list.search('webinr');
    expect(list.titles()).to.deep.equal(['Arts on prescription webinar']);
    expect(list.marked()).to.deep.equal(['webinar']);
    await list.countSays('1 of 6 resources');
  });

  it('shows results as the visitor types, and says the count once typing pauses (as the search does)', async () => {
    const list = await mount();
    await list.countSays('6 resources');
    await list.search('webinar');
    // On screen at once; not read out while the visitor may still be typing.
    expect(list.titles()).to.deep.equal(['Arts on prescription webinar']);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(list.count()).to.equal('6 resources');
    await list.countSays('1 of 6 resources');
  });

  it('finds resources by the words for their type and audience', async () => {
    const list = await mount();
    await list.search('organisations');
    expect(list.titles()).to.include.members(['National Association of Link Workers', 'Working with link workers']);
  });

  it('offers a way out when nothing matches, and keeps focus in the widget after it', async () => {
    const list = await mount('type="network"');
    await list.search('zzzzqqq');
    expect(list.titles()).to.deep.equal([]);
    expect(list.emptyText()).to.include('No resources match your search and filters.');
    await list.countSays('0 of 6 resources');
    await expect(list.list).to.be.accessible();
    await list.showAll();
    expect(list.titles()).to.have.length(6);
    expect(list.searchText()).to.equal('');
    expect(list.focused()).to.equal('resource-query');
  });

  it('says when no resource has every word, and shows those with some', async () => {
    const list = await mount();
    await list.search('webinar zzzzqqq');
    expect(list.titles()).to.deep.equal(['Arts on prescription webinar']);
    expect(list.partialNote()).to.equal('No resource has all of those words; these have some of them.');
  });

  it('names attribute words it does not know in the console, and keeps the ones it does', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const list = await mount('type="guides webinar"');
      expect(list.groupHeadings()).to.deep.equal(['Webinars']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((warning) => warning.includes('<lw-resource-list type> ignores guides'))).to.have.length(1);
  });

  it('passes axe with nothing found in the compact layout too', async () => {
    const list = await mount('layout="compact"');
    await list.search('zzzzqqq');
    expect(list.emptyText()).not.to.equal('');
    await expect(list.list).to.be.accessible();
  });
});
