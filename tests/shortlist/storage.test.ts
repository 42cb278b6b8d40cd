import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, forgetLists, mount, one, text, titles } from './fixture.js';

const kept = (storage: Storage, key = 'linkwork:shortlist') => JSON.parse(storage.getItem(key) ?? 'null');

describe('<lw-shortlist>: kept in the browser, nowhere else', () => {
  beforeEach(forgetLists);
  afterEach(forgetLists);

  it('keeps the list and its titles in sessionStorage by default, and nothing in localStorage', async () => {
    await mount({ saved: ['choir', 'walk'] });
    expect(kept(sessionStorage)).to.deep.equal({
      ids: ['choir', 'walk'],
      titles: { choir: 'Community choir', walk: 'Health walk' },
      note: '',
    });
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });

  it('keeps it in localStorage with remember', async () => {
    await mount({ saved: ['choir'], attributes: 'remember' });
    expect(kept(localStorage).ids).to.deep.equal(['choir']);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('keeps nothing while nothing is saved, and forgets it all on "Start again"', async () => {
    const { feed, list } = await mount();
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
    feed.store.save('choir');
    await list.updateComplete;
    expect(Object.keys(sessionStorage)).to.deep.equal(['linkwork:shortlist']);
    all(list, 'button')
      .find((button) => text(button) === 'Start again')!
      .click();
    await list.updateComplete;
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('keeps the note as it is typed, and shows it again next time', async () => {
    const { list } = await mount({ saved: ['choir'] });
    one(list, 'textarea').focus();
    await sendKeys({ type: 'Bring water; ask for Sam.' });
    await waitUntil(() => kept(sessionStorage)?.note === 'Bring water; ask for Sam.', 'the note was not kept', {
      timeout: 5000,
    });
    list.closest('div')!.remove();

    const { list: again } = await mount();
    expect(titles(again)).to.deep.equal(['Community choir']);
    expect(one<HTMLTextAreaElement>(again, 'textarea').value).to.equal('Bring water; ask for Sam.');
  });

  it('takes a long note up to 2,000 characters, saying how many are left', async () => {
    const { feed, list } = await mount({ saved: ['choir'] });
    const textarea = one<HTMLTextAreaElement>(list, 'textarea');
    expect(textarea.maxLength).to.equal(2000);
    feed.store.setListNote('x'.repeat(2500));
    await list.updateComplete;
    expect(feed.store.state.listNote).to.have.length(2000);
    expect(text(one(list, '#note-left'))).to.equal('0 characters left');
    feed.store.setListNote('y'.repeat(1850));
    await list.updateComplete;
    expect(text(one(list, '#note-left'))).to.equal('150 characters left');
    await expect(list).to.be.accessible();
  });

  it('reads a kept list that has been tampered with, keeping only what is readable', async () => {
    sessionStorage.setItem(
      'linkwork:shortlist',
      JSON.stringify({
        ids: ['walk', 42, '', '  choir  ', 'walk', 'bad\u0000id', { id: 'x' }],
        titles: { walk: 7, choir: 'Community choir' },
        note: ['not', 'text'],
      }),
    );
    const { feed, list } = await mount();
    expect(feed.store.state.saved).to.deep.equal(['walk', 'choir']);
    expect(titles(list)).to.deep.equal(['Health walk', 'Community choir']);
    expect(feed.store.state.listNote).to.equal('');
  });

  it('starts empty from a kept list that is not JSON at all', async () => {
    sessionStorage.setItem('linkwork:shortlist', '{"ids": [');
    const { feed, list } = await mount();
    expect(feed.store.state.saved).to.deep.equal([]);
    expect(one(list, '[part="empty"]')).to.exist;
  });
});
