import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { findActivities, type ActivityRequest } from '../../src/search/activities.js';
import { englishStem } from '../../src/search/stem.js';
import { Vocabulary } from '../../src/search/vocabulary.js';
import { mutations, radicals, welshForms } from '../../src/search/welsh.js';
import { noFilters } from '../../src/store/state.js';

/** A small feed in English and Welsh, enough to show each rule. */
const feed: Feed = parseFeed({
  version: 1,
  synonyms: { zumba: ['dance'], cuppa: ['tea-and-chat'] },
  categories: [
    { id: 'arts', label: 'Arts and crafts' },
    { id: 'befriending', label: 'Befriending' },
    { id: 'sport', label: 'Sport and exercise' },
    { id: 'gardening', label: 'Gardening' },
    { id: 'dance', label: 'Dance' },
    { id: 'tea-and-chat', label: 'Tea and chat' },
  ],
  activities: [
    { id: 'knit', title: 'Knit and natter', categories: ['arts'], description: 'Bring your needles.' },
    { id: 'crochet', title: 'Crochet circle', categories: ['arts'] },
    { id: 'company', title: 'Coffee and company', categories: ['befriending'] },
    { id: 'tai-chi', title: 'Tai chi in the park', categories: ['sport'] },
    { id: 'football', title: 'Walking football', categories: ['sport'] },
    { id: 'chair', title: 'Chair-based exercise', categories: ['sport'], accessibility: ['step-free'] },
    { id: 'singing', title: 'Singing together', categories: ['arts'] },
    { id: 'garden', title: 'Volunteer gardeners wanted', categories: ['gardening'] },
    { id: 'rhandir', title: 'Rhandir agored', categories: ['gardening'], description: 'Dewch i arddio gyda ni.' },
    { id: 'taith', title: 'Taith gerdded', description: 'Taith hamddenol ar hyd yr afon.' },
    { id: 'cor', title: 'Côr y dref', description: "Dewch i'n nghanu gyda ni." },
    { id: 'ballroom', title: 'Ballroom evening', categories: ['dance'] },
    { id: 'cafe', title: 'Drop-in', categories: ['tea-and-chat'] },
  ],
}).feed;

const ids = (query: string, request: Partial<ActivityRequest> = {}) =>
  findActivities(feed, { query, filters: noFilters, ...request }).results.map((result) => result.activity.id);

describe('search words', () => {
  describe('word forms', () => {
    it('stems English words alike, so each form finds the others', () => {
      const stems = ['knitting', 'knit', 'gardeners', 'gardening', 'walking', 'walks', 'volunteering', 'volunteer'];
      expect(stems.map(englishStem)).to.deep.equal([
        'knit',
        'knit',
        'garden',
        'garden',
        'walk',
        'walk',
        'volunt',
        'volunt',
      ]);
      expect(['cooking', 'cook', 'dancing', 'dance'].map(englishStem)).to.deep.equal(['cook', 'cook', 'danc', 'danc']);
      expect(['50s', 'côr', 'ab'].map(englishStem)).to.deep.equal(['50s', 'côr', 'ab']);
    });

    it('finds an activity by another form of its words, and still by their start', () => {
      expect(ids('knitting')[0]).to.equal('knit');
      expect(ids('volunteer gardening')).to.deep.equal(['garden']);
      expect(ids('garde')).to.deep.equal(['garden', 'rhandir']);
      expect(ids('walks')).to.include('football');
    });
  });

  describe('Welsh mutations', () => {
    it('knows the forms a word takes after each mutation, and where a mutated word comes from', () => {
      expect(mutations('canu')).to.deep.equal(['canu', 'ganu', 'nghanu', 'chanu']);
      expect(mutations('cerdded')).to.deep.equal(['cerdded', 'gerdded', 'ngherdded', 'cherdded']);
      expect(mutations('gardd')).to.deep.equal(['gardd', 'ardd', 'ngardd']);
      expect(mutations('llyfr')).to.deep.equal(['llyfr', 'lyfr']);
      expect(radicals('nghanu')).to.deep.equal(['nghanu', 'canu']);
      expect(radicals('gerdded')).to.deep.equal(['gerdded', 'cerdded']);
      expect(radicals('arddio')).to.include('garddio');
      expect(welshForms('fawr')).to.include.members(['bawr', 'mawr']);
    });

    it('matches Welsh words of the vocabulary across mutations', () => {
      expect(ids('cerdded')).to.include('taith');
      expect(ids('canu')).to.include('cor');
      expect(ids('garddio')).to.include.members(['rhandir', 'garden']);
    });
  });

  describe('everyday words', () => {
    it('maps what people type in English to categories and related words, below the word itself', () => {
      expect(ids('choir').slice(0, 2)).to.have.members(['singing', 'cor']);
      expect(ids('lonely')).to.include('company');
      expect(ids('yoga')).to.include.members(['tai-chi', 'chair']);
      expect(ids('wheelchair')).to.deep.equal(['chair']);
      expect(ids('crochet').slice(0, 2)).to.deep.equal(['crochet', 'knit']);
      expect(ids('allotment')).to.include('garden');
    });

    it('maps Welsh words too, in any mutation', () => {
      expect(ids('côr')[0]).to.equal('cor');
      expect(ids('unig')).to.include('company');
      expect(ids('gwau')).to.include('knit');
      expect(ids('cadair olwyn')).to.deep.equal(['chair']);
      expect(ids('gadair olwyn')).to.deep.equal(['chair']);
      expect(ids('ioga')).to.include('tai-chi');
    });

    it("adds the feed's synonyms and the page's, each layer on top of the last", () => {
      expect(ids('zumba')).to.deep.equal(['ballroom']);
      expect(ids('cuppa')).to.include('cafe');
      const synonyms = { pottering: ['gardening'] };
      expect(ids('pottering')).to.deep.equal([]);
      expect(ids('pottering', { synonyms })).to.include.members(['garden', 'rhandir']);
    });

    it('knows phrases, Welsh words and which keys are soft', () => {
      const vocabulary = new Vocabulary([{ 'big sing': ['choir'] }]);
      expect(vocabulary.match(['tai', 'chi'], 0)?.length).to.equal(2);
      expect(vocabulary.match(['big', 'sing'], 0)?.related.map((value) => value.id)).to.deep.equal(['choir']);
      expect(vocabulary.match(['older', 'people'], 0)?.soft).to.equal(true);
      expect(vocabulary.isWelsh('nghanu')).to.equal(true);
      expect(vocabulary.isWelsh('bake')).to.equal(false);
      expect(vocabulary.matchTypo('meditaton')?.related.map((value) => value.id)).to.include('mindfulness');
      expect(new Vocabulary([], { everyday: false }).knows('choir')).to.equal(false);
    });
  });
});
