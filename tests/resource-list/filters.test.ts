import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, groupHeadings, mount, one, statusSays, titles } from './fixture.js';

const checkbox = (list: HTMLElement & { shadowRoot: ShadowRoot | null }, id: string) =>
  list.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

describe('<lw-resource-list>: filters and search', () => {
  it('starts from the type attribute, ticking those types', async () => {
    const { list } = await mount('type="guide webinar"');
    expect(groupHeadings(list)).to.deep.equal(['Webinars', 'Guides']);
    expect(checkbox(list, 'type-guide').checked && checkbox(list, 'type-webinar').checked).to.equal(true);
    expect(checkbox(list, 'type-portal').checked).to.equal(false);
    await statusSays(list, '3 of 6 resources');
  });

  it('starts from the audience attribute; resources naming no audience are for everyone', async () => {
    const { list } = await mount('audience="public"');
    expect(titles(list)).to.deep.equal(['What is social prescribing?', 'Social Prescribing Network']);
    expect(checkbox(list, 'audience-public').checked).to.equal(true);
  });

  it('follows a change of attribute', async () => {
    const { list } = await mount('audience="public"');
    list.setAttribute('audience', 'link-workers');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([
      'Culture and wellbeing portal',
      'Arts on prescription webinar',
      'Social Prescribing Network',
      'National Association of Link Workers',
    ]);
  });

  it('filters by type and audience with the checkboxes, by keyboard, counting each choice', async () => {
    const { list } = await mount();
    expect(one(list, 'label[for="type-guide"]').textContent).to.equal('Guides (2)');
    checkbox(list, 'audience-cultural-organisations').focus();
    await sendKeys({ press: 'Space' });
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([
      'Culture and wellbeing portal',
      'Arts on prescription webinar',
      'Working with link workers',
      'Social Prescribing Network',
    ]);
    // The type counts follow the audience chosen.
    expect(one(list, 'label[for="type-guide"]').textContent).to.equal('Guides (1)');
    checkbox(list, 'type-guide').focus();
    await sendKeys({ press: 'Space' });
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Working with link workers']);
    await statusSays(list, '1 of 6 resources');
    expect(list.shadowRoot!.activeElement?.id).to.equal('type-guide');
  });

  it('searches with the shared engine, forgiving a typo, and marks the words found', async () => {
    const { list } = await mount();
    one(list, '#resource-query').focus();
    await sendKeys({ type: 'webinr' });
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Arts on prescription webinar']);
    expect(all(list, 'mark').map((mark) => mark.textContent)).to.deep.equal(['webinar']);
    await statusSays(list, '1 of 6 resources');
  });

  it('finds resources by the words for their type and audience', async () => {
    const { list } = await mount();
    one(list, '#resource-query').focus();
    await sendKeys({ type: 'organisations' });
    await list.updateComplete;
    expect(titles(list)).to.include.members(['National Association of Link Workers', 'Working with link workers']);
  });

  it('offers a way out when nothing matches, and keeps focus in the widget after it', async () => {
    const { list } = await mount('type="network"');
    one(list, '#resource-query').focus();
    await sendKeys({ type: 'zzzzqqq' });
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([]);
    expect(one(list, '.empty').textContent).to.include('No resources match your search and filters.');
    await statusSays(list, '0 of 6 resources');
    await expect(list).to.be.accessible();
    one(list, '.empty button').focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(titles(list)).to.have.length(6);
    expect(one<HTMLInputElement>(list, '#resource-query').value).to.equal('');
    expect(list.shadowRoot!.activeElement?.id).to.equal('resource-query');
  });

  it('says when no resource has every word, and shows those with some', async () => {
    const { list } = await mount();
    one(list, '#resource-query').focus();
    await sendKeys({ type: 'webinar zzzzqqq' });
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Arts on prescription webinar']);
    expect(one(list, '.partial').textContent).to.equal('No resource has all of those words; these have some of them.');
  });

  it('names attribute words it does not know in the console, and keeps the ones it does', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { list } = await mount('type="guides webinar"');
      expect(groupHeadings(list)).to.deep.equal(['Webinars']);
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((warning) => warning.includes('<lw-resource-list type> ignores guides'))).to.have.length(1);
  });

  it('passes axe with nothing found in the compact layout too', async () => {
    const { list } = await mount('layout="compact"');
    one(list, '#resource-query').focus();
    await sendKeys({ type: 'zzzzqqq' });
    await list.updateComplete;
    expect(one(list, '.empty')).to.exist;
    await expect(list).to.be.accessible();
  });
});
