import { expect } from '@open-wc/testing';
import { cy, en } from '../helpers/catalogues.js';

/**
 * Every entry that counts, written out for counts that reach each plural category: in Welsh 0 is
 * zero, 1 one, 2 two, 3 few, 6 many and 7 other (English has only one and other). A wrong word or
 * a wrong mutation (2 rwydwaith, not 2 rhwydwaith) fails here.
 */
const counts = [0, 1, 2, 3, 6, 7];
const say = (entry: (count: number) => string) => counts.map(entry);

describe('the counting words, in English and Welsh, for every plural category', () => {
  it('counts networks', () => {
    expect(say(en.networkCount)).to.deep.equal([
      '0 networks',
      '1 network',
      '2 networks',
      '3 networks',
      '6 networks',
      '7 networks',
    ]);
    expect(say(cy.networkCount)).to.deep.equal([
      '0 rhwydwaith',
      '1 rhwydwaith',
      '2 rwydwaith',
      '3 rhwydwaith',
      '6 rhwydwaith',
      '7 rhwydwaith',
    ]);
    expect(say((count) => en.networksCover(count, 'SW1A 1AA'))).to.deep.equal([
      '0 networks cover SW1A 1AA',
      '1 network covers SW1A 1AA',
      '2 networks cover SW1A 1AA',
      '3 networks cover SW1A 1AA',
      '6 networks cover SW1A 1AA',
      '7 networks cover SW1A 1AA',
    ]);
    expect(say((count) => cy.networksCover(count, 'SW1A 1AA'))).to.deep.equal([
      '0 rhwydwaith yn cwmpasu SW1A 1AA',
      '1 rhwydwaith yn cwmpasu SW1A 1AA',
      '2 rwydwaith yn cwmpasu SW1A 1AA',
      '3 rhwydwaith yn cwmpasu SW1A 1AA',
      '6 rhwydwaith yn cwmpasu SW1A 1AA',
      '7 rhwydwaith yn cwmpasu SW1A 1AA',
    ]);
  });

  it('counts activities on the map', () => {
    expect(say(en.clusterMarker)).to.deep.equal([
      '0 activities here: zoom in',
      '1 activity here: zoom in',
      '2 activities here: zoom in',
      '3 activities here: zoom in',
      '6 activities here: zoom in',
      '7 activities here: zoom in',
    ]);
    expect(say(cy.clusterMarker)).to.deep.equal([
      '0 gweithgaredd yma: chwyddo i mewn',
      '1 gweithgaredd yma: chwyddo i mewn',
      '2 weithgaredd yma: chwyddo i mewn',
      '3 gweithgaredd yma: chwyddo i mewn',
      '6 gweithgaredd yma: chwyddo i mewn',
      '7 gweithgaredd yma: chwyddo i mewn',
    ]);
    expect(say(en.zoomedIn)).to.deep.equal([
      'Zoomed in on 0 activities',
      'Zoomed in on 1 activity',
      'Zoomed in on 2 activities',
      'Zoomed in on 3 activities',
      'Zoomed in on 6 activities',
      'Zoomed in on 7 activities',
    ]);
    expect(say(cy.zoomedIn)).to.deep.equal([
      'Wedi chwyddo i mewn ar 0 gweithgaredd',
      'Wedi chwyddo i mewn ar 1 gweithgaredd',
      'Wedi chwyddo i mewn ar 2 weithgaredd',
      'Wedi chwyddo i mewn ar 3 gweithgaredd',
      'Wedi chwyddo i mewn ar 6 gweithgaredd',
      'Wedi chwyddo i mewn ar 7 gweithgaredd',
    ]);
    expect(say(en.activitiesShown)).to.deep.equal([
      '0 activities on the map, as the search finds them',
      '1 activity on the map, as the search finds them',
      '2 activities on the map, as the search finds them',
      '3 activities on the map, as the search finds them',
      '6 activities on the map, as the search finds them',
      '7 activities on the map, as the search finds them',
    ]);
    expect(say(cy.activitiesShown)).to.deep.equal([
      '0 gweithgaredd ar y map, fel y mae’r chwiliad yn dod o hyd iddynt',
      '1 gweithgaredd ar y map, fel y mae’r chwiliad yn dod o hyd iddynt',
      '2 weithgaredd ar y map, fel y mae’r chwiliad yn dod o hyd iddynt',
      '3 gweithgaredd ar y map, fel y mae’r chwiliad yn dod o hyd iddynt',
      '6 gweithgaredd ar y map, fel y mae’r chwiliad yn dod o hyd iddynt',
      '7 gweithgaredd ar y map, fel y mae’r chwiliad yn dod o hyd iddynt',
    ]);
  });

  it('counts search results and filters', () => {
    expect(say(en.resultCount)).to.deep.equal([
      '0 activities match',
      '1 activity matches',
      '2 activities match',
      '3 activities match',
      '6 activities match',
      '7 activities match',
    ]);
    expect(say(cy.resultCount)).to.deep.equal([
      'Dim un gweithgaredd yn cyfateb',
      '1 gweithgaredd yn cyfateb',
      '2 gweithgaredd yn cyfateb',
      '3 gweithgaredd yn cyfateb',
      '6 gweithgaredd yn cyfateb',
      '7 gweithgaredd yn cyfateb',
    ]);
    expect(say(en.showMore)).to.deep.equal([
      'Show 0 more',
      'Show 1 more',
      'Show 2 more',
      'Show 3 more',
      'Show 6 more',
      'Show 7 more',
    ]);
    expect(say(cy.showMore)).to.deep.equal([
      'Dangos 0 arall',
      'Dangos 1 arall',
      'Dangos 2 arall',
      'Dangos 3 arall',
      'Dangos 6 arall',
      'Dangos 7 arall',
    ]);
    expect(say(en.showResults)).to.deep.equal([
      'Show 0 results',
      'Show 1 result',
      'Show 2 results',
      'Show 3 results',
      'Show 6 results',
      'Show 7 results',
    ]);
    expect(say(cy.showResults)).to.deep.equal([
      'Dangos 0 canlyniad',
      'Dangos 1 canlyniad',
      'Dangos 2 canlyniad',
      'Dangos 3 canlyniad',
      'Dangos 6 canlyniad',
      'Dangos 7 canlyniad',
    ]);
    expect(say(en.filtersInUse)).to.deep.equal([
      '0 in use',
      '1 in use',
      '2 in use',
      '3 in use',
      '6 in use',
      '7 in use',
    ]);
    expect(say(cy.filtersInUse)).to.deep.equal([
      '0 ar waith',
      '1 ar waith',
      '2 ar waith',
      '3 ar waith',
      '6 ar waith',
      '7 ar waith',
    ]);
    expect(say(en.emptyFilters)).to.deep.equal([
      '0 filters are in use.',
      'One filter is in use.',
      '2 filters are in use.',
      '3 filters are in use.',
      '6 filters are in use.',
      '7 filters are in use.',
    ]);
    expect(say(cy.emptyFilters)).to.deep.equal([
      'Mae 0 hidlydd ar waith.',
      'Mae un hidlydd ar waith.',
      'Mae 2 hidlydd ar waith.',
      'Mae 3 hidlydd ar waith.',
      'Mae 6 hidlydd ar waith.',
      'Mae 7 hidlydd ar waith.',
    ]);
  });

  it('counts resources', () => {
    expect(say((count) => en.resourcesShown(count, count))).to.deep.equal([
      '0 resources',
      '1 resource',
      '2 resources',
      '3 resources',
      '6 resources',
      '7 resources',
    ]);
    expect(say((count) => cy.resourcesShown(count, count))).to.deep.equal([
      'Dim adnoddau',
      '1 adnodd',
      '2 adnodd',
      '3 adnodd',
      '6 adnodd',
      '7 adnodd',
    ]);
    expect(en.resourcesShown(2, 12)).to.equal('2 of 12 resources');
    expect(cy.resourcesShown(2, 12)).to.equal('2 o 12 adnodd');
    expect(say(en.resourceFilters)).to.deep.equal([
      'Filter by type and audience',
      'Filter by type and audience (1 chosen)',
      'Filter by type and audience (2 chosen)',
      'Filter by type and audience (3 chosen)',
      'Filter by type and audience (6 chosen)',
      'Filter by type and audience (7 chosen)',
    ]);
    expect(say(cy.resourceFilters)).to.deep.equal([
      'Hidlo yn ôl math a chynulleidfa',
      "Hidlo yn ôl math a chynulleidfa (1 wedi'u dewis)",
      "Hidlo yn ôl math a chynulleidfa (2 wedi'u dewis)",
      "Hidlo yn ôl math a chynulleidfa (3 wedi'u dewis)",
      "Hidlo yn ôl math a chynulleidfa (6 wedi'u dewis)",
      "Hidlo yn ôl math a chynulleidfa (7 wedi'u dewis)",
    ]);
  });
});
