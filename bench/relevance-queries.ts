/**
 * The judged queries of the relevance bench: what residents and link workers type, over
 * bench/fixtures/relevance-feed.json, each with the activities a person would want to see (judged by
 * reading the records, not from any engine's answers). With a place, only activities within 10 miles
 * (or online) are judged relevant.
 */
import type { VisitorPlace } from '../src/store/state.js';

export type QueryKind = 'word forms' | 'everyday words' | 'Welsh' | 'typos' | 'several words' | 'with a place';

export interface JudgedQuery {
  query: string;
  kind: QueryKind;
  place?: VisitorPlace;
  relevant: readonly string[];
}

const leeds: VisitorPlace = { lat: 53.7997, lng: -1.5492, label: 'LS1 4AP', source: 'postcode' };
const cardiff: VisitorPlace = { lat: 51.4816, lng: -3.1791, label: 'CF10 1FL', source: 'postcode' };
const bristol: VisitorPlace = { lat: 51.4545, lng: -2.5879, label: 'BS1 5TL', source: 'postcode' };

const ids = (text: string) => text.split(/\s+/).filter(Boolean);

const knitting = ids(`lds-knit-natter lds-crochet-circle lds-stitch-chat lds-yarn-bombers cdf-gwau brs-knit-group
  brs-crochet-cafe onl-knit`);
const gardening = ids(`lds-community-garden lds-allotment-open lds-therapeutic-gardening lds-garden-volunteers
  lds-grow-club cdf-garddio cdf-rhandir cdf-gardening-wellbeing cdf-garden-volunteers cdf-grow-splott
  brs-city-farm-garden brs-allotment brs-garden-therapy brs-garden-volunteers brs-seed-swap`);
const cooking = ids(`lds-cook-eat lds-cooking-budget lds-bread lds-men-cook lds-healthy-cook cdf-coginio cdf-cook-share
  cdf-baking cdf-grow-splott brs-cook-eat brs-budget-cooking brs-baking onl-cooking`);
const walks =
  ids(`lds-health-walk lds-roundhay-walk lds-kirkstall-ramble lds-walk-talk lds-nordic-walking lds-otley-walk
  lds-deaf-walk lds-photo-walk cdf-taith-gerdded cdf-roath-walk cdf-cerdded-cymraeg cdf-taff-trail cdf-penarth-stroll
  cdf-wheelchair-walk cdf-caerphilly-walk cdf-photography brs-health-walk brs-harbour-walk brs-ramblers brs-buggy-walk
  brs-carers-walk`);
const dance =
  ids(`lds-tea-dance lds-bollywood lds-seated-dance lds-line-dancing cdf-dawns cdf-tea-dance cdf-seated-dance
  cdf-salsa brs-tea-dance brs-dance-parkinsons brs-zumba brs-ballet brs-wheelchair-dance`);
const swimming = ids(`lds-swim-over50 lds-learn-swim cdf-nofio brs-swim lds-aqua cdf-aqua brs-aqua`);
const singing = ids(`lds-community-choir lds-singing-brain lds-sing-along cdf-cor-cymunedol cdf-canu-cof cdf-sing-along
  brs-choir brs-singing-lungs brs-rock-choir brs-singing-dementia onl-choir`);
const volunteering = ids(`lds-garden-volunteers lds-abbey-heritage lds-food-bank lds-library-volunteers lds-litter-pick
  cdf-garden-volunteers cdf-museum-volunteers cdf-food-bank cdf-litter-pick brs-knit-group brs-garden-volunteers
  brs-m-shed-volunteers brs-food-bank brs-litter-pick`);
const reading = ids(`lds-reading-group lds-shared-reading lds-audio-books cdf-darllen cdf-shared-reading brs-book-club
  brs-large-print`);
const company = ids(`lds-coffee-company lds-phone-friends lds-lunch-club lds-chatty-bench lds-mens-shed lds-tea-dance
  lds-sing-along lds-cook-eat lds-men-cook cdf-paned cdf-befriending cdf-lunch-club cdf-coffee-morning cdf-mens-shed
  cdf-tea-dance brs-coffee-morning brs-befriending brs-lunch-club brs-social-club brs-mens-shed brs-tea-dance
  onl-phone-friends`);
const yoga = ids(`lds-gentle-yoga lds-yoga-wheelchair cdf-chair-yoga cdf-yoga brs-yoga brs-chair-yoga onl-yoga`);
const gentle = ids(`lds-chair-exercise lds-gentle-yoga lds-yoga-wheelchair lds-tai-chi cdf-chair-yoga cdf-tai-chi
  cdf-stretch cdf-pilates brs-chair-yoga brs-strength-balance brs-tai-chi onl-yoga lds-aqua cdf-aqua brs-zumba`);
const chairExercise = ids(`lds-chair-exercise cdf-chair-yoga brs-chair-yoga onl-yoga lds-yoga-wheelchair cdf-stretch
  lds-gentle-yoga cdf-tai-chi`);
const dementia = ids(`lds-singing-brain lds-memory-cafe lds-museum-dementia cdf-canu-cof cdf-memory-cafe
  cdf-st-fagans-memories brs-singing-dementia brs-memory-cafe brs-m-shed-memories`);
const carers = ids(`lds-carers-cafe lds-young-carers cdf-carers cdf-gofalwyr brs-carers brs-carers-walk onl-carers`);
const sheds = ids(`lds-mens-shed cdf-mens-shed brs-mens-shed`);
const sewing = ids(`lds-sewing-bee lds-stitch-chat brs-sewing-social cdf-quilting`);
const anxiety = ids(`lds-mindfulness lds-peer-support cdf-mindfulness cdf-mental-health brs-anxiety brs-mindfulness
  onl-mindfulness brs-pottery brs-garden-therapy lds-therapeutic-gardening cdf-gardening-wellbeing cdf-drumming`);
const bereavement = ids(`lds-bereavement cdf-bereavement brs-bereavement onl-bereavement`);
const deaf = ids(`lds-bsl-coffee lds-deaf-walk cdf-bsl-cafe brs-bsl-social brs-hearing-loop-talks lds-singing-brain
  lds-community-choir lds-chair-exercise lds-museum-dementia lds-local-history lds-reading-group lds-diabetes-eat
  lds-crochet-circle cdf-cor-cymunedol cdf-canu-cof cdf-sing-along cdf-local-history cdf-eat-well cdf-celf
  brs-singing-dementia brs-local-history brs-book-club`);
const painting = ids(`lds-painting lds-art-beginners cdf-celf brs-art-class brs-watercolour`);
const pottery = ids(`lds-pottery cdf-pottery brs-pottery`);
const meditation = ids(`lds-mindfulness cdf-mindfulness brs-mindfulness onl-mindfulness`);

export const judgedQueries: JudgedQuery[] = [
  // Word forms
  { kind: 'word forms', query: 'knitting', relevant: knitting },
  { kind: 'word forms', query: 'gardeners', relevant: gardening },
  {
    kind: 'word forms',
    query: 'volunteer gardening',
    relevant: ids('lds-garden-volunteers cdf-garden-volunteers brs-garden-volunteers'),
  },
  { kind: 'word forms', query: 'cooking', relevant: cooking },
  { kind: 'word forms', query: 'walking', relevant: walks },
  { kind: 'word forms', query: 'walks', relevant: walks },
  { kind: 'word forms', query: 'dancing', relevant: dance },
  { kind: 'word forms', query: 'swimming', relevant: swimming },
  { kind: 'word forms', query: 'painting', relevant: painting },
  { kind: 'word forms', query: 'singers', relevant: singing },
  { kind: 'word forms', query: 'volunteers', relevant: volunteering },
  { kind: 'word forms', query: 'reading', relevant: reading },
  // Everyday words
  { kind: 'everyday words', query: 'choir', relevant: singing },
  { kind: 'everyday words', query: 'lonely', relevant: company },
  { kind: 'everyday words', query: 'isolated', relevant: company },
  { kind: 'everyday words', query: 'yoga', relevant: yoga },
  { kind: 'everyday words', query: 'pilates', relevant: ids('lds-pilates cdf-pilates brs-pilates') },
  { kind: 'everyday words', query: 'tai chi', relevant: ids('lds-tai-chi cdf-tai-chi brs-tai-chi') },
  {
    kind: 'everyday words',
    query: 'wheelchair',
    relevant: ids(`lds-chair-exercise lds-yoga-wheelchair cdf-wheelchair-walk brs-wheelchair-dance`),
  },
  { kind: 'everyday words', query: 'allotment', relevant: gardening },
  { kind: 'everyday words', query: 'dementia', relevant: dementia },
  { kind: 'everyday words', query: 'memory', relevant: dementia },
  { kind: 'everyday words', query: 'carers', relevant: carers },
  { kind: 'everyday words', query: "men's shed", relevant: sheds },
  { kind: 'everyday words', query: 'sewing', relevant: sewing },
  { kind: 'everyday words', query: 'anxiety', relevant: anxiety },
  { kind: 'everyday words', query: 'bereavement', relevant: bereavement },
  { kind: 'everyday words', query: 'deaf', relevant: deaf },
  {
    kind: 'everyday words',
    query: 'u3a',
    relevant: ids('onl-history lds-local-history cdf-local-history brs-local-history'),
  },
  // Welsh
  { kind: 'Welsh', query: 'cerdded', relevant: walks },
  { kind: 'Welsh', query: 'canu', relevant: singing },
  { kind: 'Welsh', query: 'garddio', relevant: gardening },
  { kind: 'Welsh', query: 'côr', relevant: singing },
  { kind: 'Welsh', query: 'gwau', relevant: knitting },
  { kind: 'Welsh', query: 'nofio', relevant: swimming },
  // Typos
  { kind: 'typos', query: 'daning', relevant: dance },
  { kind: 'typos', query: 'gardning', relevant: gardening },
  { kind: 'typos', query: 'swiming', relevant: swimming },
  { kind: 'typos', query: 'knitiing', relevant: knitting },
  { kind: 'typos', query: 'pottry', relevant: pottery },
  { kind: 'typos', query: 'choire', relevant: singing },
  { kind: 'typos', query: 'meditaton', relevant: meditation },
  { kind: 'typos', query: 'volenteer', relevant: volunteering },
  // Several words
  {
    kind: 'several words',
    query: 'art class for beginners',
    relevant: ids('lds-art-beginners cdf-art-beginners brs-art-class lds-painting brs-watercolour cdf-celf'),
  },
  {
    kind: 'several words',
    query: 'coffee morning',
    relevant: ids('lds-bsl-coffee cdf-coffee-morning brs-coffee-morning lds-coffee-company'),
  },
  { kind: 'several words', query: 'chair exercise', relevant: chairExercise },
  {
    kind: 'several words',
    query: 'free yoga',
    relevant: ids('lds-yoga-wheelchair cdf-chair-yoga brs-chair-yoga onl-yoga'),
  },
  { kind: 'several words', query: 'gentle exercise for older people', relevant: gentle },
  {
    kind: 'several words',
    query: 'dementia friendly singing',
    relevant: ids('lds-singing-brain cdf-canu-cof brs-singing-dementia'),
  },
  {
    kind: 'several words',
    query: 'cooking on a budget',
    relevant: ids('lds-cooking-budget cdf-coginio brs-budget-cooking'),
  },
  {
    kind: 'several words',
    query: 'computer help',
    relevant: ids('lds-digital-dropin lds-tablet-class cdf-digital brs-digital'),
  },
  { kind: 'several words', query: 'english conversation', relevant: ids('lds-esol cdf-esol brs-esol') },
  { kind: 'several words', query: 'mens mental health', relevant: ids('lds-walk-talk cdf-mental-health') },
  {
    kind: 'several words',
    query: 'learn welsh',
    relevant: ids('cdf-dysgu-cymraeg onl-dysgu cdf-cerdded-cymraeg'),
  },
  {
    kind: 'several words',
    query: 'exercise for wheelchair users',
    relevant: ids('lds-chair-exercise lds-yoga-wheelchair brs-wheelchair-dance cdf-chair-yoga brs-chair-yoga onl-yoga'),
  },
  { kind: 'several words', query: 'walking group', relevant: walks },
  {
    kind: 'several words',
    query: 'history',
    relevant: ids(`lds-local-history cdf-local-history brs-local-history onl-history cdf-museum-handling
      lds-object-handling brs-m-shed-memories`),
  },
  // With a place
  {
    kind: 'with a place',
    query: 'walking group',
    place: leeds,
    relevant: ids(`lds-health-walk lds-roundhay-walk lds-kirkstall-ramble lds-walk-talk lds-nordic-walking
      lds-otley-walk lds-deaf-walk lds-photo-walk`),
  },
  { kind: 'with a place', query: 'yoga', place: cardiff, relevant: ids('cdf-chair-yoga cdf-yoga onl-yoga') },
  {
    kind: 'with a place',
    query: 'gardening',
    place: bristol,
    relevant: ids('brs-city-farm-garden brs-allotment brs-garden-therapy brs-garden-volunteers brs-seed-swap'),
  },
  {
    kind: 'with a place',
    query: 'choir',
    place: cardiff,
    relevant: ids('cdf-cor-cymunedol cdf-canu-cof cdf-sing-along onl-choir'),
  },
  {
    kind: 'with a place',
    query: 'knitting',
    place: leeds,
    relevant: ids('lds-knit-natter lds-crochet-circle lds-stitch-chat lds-yarn-bombers onl-knit'),
  },
  {
    kind: 'with a place',
    query: 'befriending',
    place: bristol,
    relevant: ids(`brs-coffee-morning brs-befriending brs-lunch-club brs-social-club brs-mens-shed brs-tea-dance
      brs-crochet-cafe brs-cook-eat brs-weight brs-memory-cafe brs-bsl-social brs-choir brs-repair-cafe
      brs-bereavement brs-buggy-walk brs-esol onl-phone-friends`),
  },
  { kind: 'with a place', query: 'swimming', place: leeds, relevant: ids('lds-swim-over50 lds-learn-swim lds-aqua') },
  {
    kind: 'with a place',
    query: 'dementia',
    place: cardiff,
    relevant: ids('cdf-canu-cof cdf-memory-cafe cdf-st-fagans-memories'),
  },
  {
    kind: 'with a place',
    query: 'lonely',
    place: leeds,
    relevant: ids(`lds-coffee-company lds-phone-friends lds-lunch-club lds-chatty-bench lds-mens-shed lds-tea-dance
      lds-sing-along lds-cook-eat lds-men-cook onl-phone-friends`),
  },
  { kind: 'with a place', query: 'tai chi', place: bristol, relevant: ids('brs-tai-chi') },
  {
    kind: 'with a place',
    query: 'free gardening weekday mornings',
    place: leeds,
    relevant: ids('lds-community-garden lds-therapeutic-gardening lds-garden-volunteers lds-grow-club'),
  },
  {
    kind: 'with a place',
    query: 'cerdded',
    place: cardiff,
    relevant: ids(`cdf-taith-gerdded cdf-roath-walk cdf-cerdded-cymraeg cdf-taff-trail cdf-penarth-stroll
      cdf-wheelchair-walk cdf-caerphilly-walk cdf-photography`),
  },
  {
    kind: 'with a place',
    query: 'art classes',
    place: bristol,
    relevant: ids('brs-art-class brs-watercolour brs-museum-sketch brs-pottery'),
  },
];
