/**
 * The everyday words people type for community activities, in English and Welsh, and what they
 * mean in a feed: related words and category or access-need ids. Each entry is one idea:
 * - `en`, `cy`: words for it that mean the same, so each finds the others ("choir" finds "singing",
 *   "canu" finds "choir");
 * - `typedEn`, `typedCy`: what people type when they want it, which finds the words but is not found
 *   by them ("lonely" finds befriending; "befriending" does not look for "lonely");
 * - `related`: words that belong to the idea and are found by it, but do not find it; they count
 *   for less than the words of the same meaning;
 * - `ids`: the category ids (of the sample feed and common feeds) and access-need ids it finds;
 * - `soft`: words that say who something is for ("older people", "families"): they add to a match
 *   but a search does not need them (the age filter narrows by age).
 * Welsh words are given in their radical form; every mutation of them is understood (see welsh.ts).
 * Phrases of up to three words work as keys ("tai chi", "men's shed").
 */
export interface EverydayWords {
  en: string;
  cy?: string;
  typedEn?: string;
  typedCy?: string;
  related?: string;
  ids?: string;
  soft?: boolean;
}

export const everydayWords: readonly EverydayWords[] = [
  // Music and singing
  {
    en: 'choir, choirs, singing, sing, sing-along, singalong, singers, songs',
    cy: 'côr, corau, canu, cantorion, caneuon',
    related: 'song, vocal',
    ids: 'music, singing',
  },
  {
    en: 'music, musical, instrument, instruments, ukulele, guitar, drumming, drums, band, orchestra, piano',
    cy: 'cerddoriaeth, offeryn, offerynnau, band',
    related: 'singing, choir, jam',
    ids: 'music',
  },
  // Befriending and company
  {
    en: 'befriending, befriender, friendship, company, companionship, friends, social',
    cy: 'cyfeillio, cyfeillgarwch, cwmni, ffrindiau, cymdeithasol',
    typedEn: 'lonely, loneliness, isolated, isolation, alone, lonesome, meet people, new people, someone to talk to',
    typedCy: 'unig, unigrwydd, ynysig',
    related: 'chat, chatty, natter, conversation, coffee morning, lunch club, phone calls, visits, get-together, sgwrs',
    ids: 'befriending',
  },
  {
    en: 'chat, chatting, natter, talk, conversation, cuppa, coffee, tea',
    cy: 'sgwrs, sgwrsio, paned, coffi, te',
    related: 'café, cafe, company, social',
  },
  // Crafts and art
  {
    en: 'knitting, knit, knitters, crochet, yarn, wool',
    cy: 'gwau, gweu, crosio',
    related: 'craft, crafts, natter, sewing, stitch',
    ids: 'crafts',
  },
  {
    en: 'sewing, sew, stitching, stitch, embroidery, quilting, patchwork, needlework, textiles, textile, mending',
    cy: 'gwnïo, pwytho, brodwaith, cwiltio',
    related: 'craft, crafts, knitting, fabric, sewing machine',
    ids: 'crafts',
  },
  {
    en: 'crafts, craft, crafting, making, makers',
    cy: 'crefft, crefftau',
    related: 'knitting, sewing, pottery, woodwork, textile, arts',
    ids: 'arts, crafts',
  },
  {
    en: 'art, arts, painting, paint, drawing, draw, sketching, watercolour, watercolours, artist, creative',
    cy: 'celf, celfyddydau, arlunio, peintio, paentio, darlunio',
    related: 'pottery, printmaking, gallery, collage, studio',
    ids: 'arts',
  },
  { en: 'pottery, ceramics, clay', cy: 'crochenwaith, clai', related: 'arts, crafts', ids: 'arts' },
  { en: 'photography, photo, photos, camera', cy: 'ffotograffiaeth, lluniau', ids: 'arts' },
  {
    en: 'writing, creative writing, poetry, poems, poem, stories, storytelling',
    cy: 'ysgrifennu, barddoniaeth, cerddi, straeon',
    related: 'writers, words, reading',
  },
  // Movement
  {
    en: 'gentle exercise, yoga, pilates, tai chi, qigong, stretching, stretch, chair-based, chair exercise, seated exercise, keep fit, balance',
    cy: 'ioga, ymestyn, ymarfer ysgafn, ymarfer cadair',
    typedEn: 'mobility, falls, stiff joints, arthritis',
    related: 'seated, movement, strength, flexibility',
    ids: 'gentle-exercise, exercise',
  },
  {
    en: 'exercise, fitness, fit, keep fit, workout, gym, active',
    cy: 'ymarfer, ymarfer corff, ffitrwydd, heini',
    related: 'sport, movement, strength, gentle exercise, yoga, pilates, dance, swimming',
    ids: 'sport, exercise',
  },
  {
    en: 'sport, sports, football, netball, table tennis, bowls, badminton, tennis, cricket, golf',
    cy: 'chwaraeon, pêl-droed, pêl-rwyd, tennis bwrdd',
    related: 'walking football, team, exercise',
    ids: 'sport',
  },
  { en: 'swimming, swim, swims, pool, aqua, aquafit', cy: 'nofio, pwll nofio', related: 'water' },
  { en: 'cycling, cycle, bike, bikes, bicycle', cy: 'beicio, beic', related: 'ride, rides' },
  {
    en: 'dance, dancing, dancers, ballroom, salsa, zumba, tea dance, line dancing, folk dance',
    cy: 'dawns, dawnsio, twmpath',
    related: 'movement, music',
    ids: 'dance',
  },
  // Outdoors
  {
    en: 'walking, walk, walks, walkers, stroll, ramble, rambling, rambles, hike, hiking, health walk',
    cy: 'cerdded, taith gerdded, teithiau cerdded, crwydro',
    related: 'nature walk, footpath, trail, route',
    ids: 'nature-walks, walking',
  },
  {
    en: 'nature, outdoors, outdoor, outside, wildlife, birds, birdwatching, bird-spotting, woodland, woods, park, parks, conservation, green',
    cy: 'natur, awyr agored, bywyd gwyllt, adar, coedwig, parc',
    related: 'walk, trees, river, riverside, garden',
    ids: 'nature-walks, nature',
  },
  {
    en: 'gardening, garden, gardens, gardener, allotment, allotments, growing, grow, plants, planting, veg, vegetables, horticulture, horticultural, seeds, digging',
    cy: 'garddio, gardd, gerddi, rhandir, rhandiroedd, tyfu, planhigion, llysiau',
    related: 'compost, greenhouse, potting, orchard, food growing',
    ids: 'gardening',
  },
  // Food
  {
    en: 'cooking, cook, cookery, baking, bake, bread, kitchen, recipes, recipe, meals, meal',
    cy: 'coginio, pobi, bara, cegin, ryseitiau',
    related: 'food, eat, lunch, soup',
    ids: 'cookery, cooking',
  },
  {
    en: 'healthy eating, nutrition, diet, eat well, eating well, healthy food',
    cy: 'bwyta iach, maeth, deiet',
    typedEn: 'weight, diabetes, slimming',
    related: 'fruit, veg, cooking, budget',
    ids: 'healthy-eating',
  },
  {
    en: 'food, lunch, breakfast, dinner, meal',
    cy: 'bwyd, cinio, brecwast',
    related: 'lunch club, cafe, café, cook, eat',
    ids: 'cookery',
  },
  // Learning, books, heritage
  {
    en: 'learning, learn, course, courses, lessons, lesson, skills, education, study, workshop',
    cy: 'dysgu, cwrs, cyrsiau, gwersi, sgiliau, gweithdy',
    related: 'beginners, class, talk, talks',
    ids: 'group-learning, learning',
  },
  {
    en: 'digital, computer, computers, internet, tablet, ipad, smartphone, laptop, email, online skills',
    cy: 'digidol, cyfrifiadur, cyfrifiaduron, rhyngrwyd, llechen, ffôn clyfar',
    related: 'digital skills, drop-in, technology',
    ids: 'group-learning',
  },
  {
    en: 'english, esol, conversation, language, languages',
    cy: 'saesneg, iaith, ieithoedd',
    related: 'conversation club, speaking',
  },
  { en: 'welsh, cymraeg', cy: 'cymraeg, welsh', related: 'dysgu cymraeg, siarad' },
  {
    en: 'reading, books, book, book club, reading group, library, libraries, audiobooks, audio book',
    cy: 'darllen, llyfrau, llyfr, llyfrgell, llyfrgelloedd',
    related: 'shared reading, stories, poetry',
    ids: 'libraries, reading',
  },
  {
    en: 'history, heritage, local history, museum, museums, gallery, galleries, exhibition, archives, objects',
    cy: 'hanes, treftadaeth, amgueddfa, amgueddfeydd, oriel, orielau, arddangosfa',
    related: 'object handling, collections, memories',
    ids: 'museums, heritage',
  },
  // Health and support
  {
    en: 'dementia, alzheimers, memory, memories, reminiscence, memory loss, forgetful, forgetfulness',
    cy: 'dementia, cof, atgofion, colli cof',
    typedEn: 'dementia friendly, dementia-friendly',
    related: 'singing for the brain, brain, carers, memory cafe',
    ids: 'dementia',
  },
  {
    en: 'carers, carer, caring, caregiver, looking after',
    cy: 'gofalwyr, gofalwr, gofalu',
    related: 'respite, support, break',
    ids: 'carers',
  },
  {
    en: "men's shed, mens shed, shed, woodwork, woodworking, diy, tools, repair, repairs, tinkering",
    cy: 'sied dynion, sied, gwaith coed',
    related: 'men, fixing',
    ids: 'mens-shed',
  },
  {
    en: 'wellbeing, well-being, mental health, mindfulness, meditation, relax, relaxation, calm',
    cy: 'lles, iechyd meddwl, ymwybyddiaeth ofalgar, myfyrdod, ymlacio',
    typedEn: 'anxiety, anxious, depression, depressed, stress, stressed, low mood, worried, sad',
    typedCy: 'pryder, gorbryder, iselder, straen',
    related: 'peer support, support group, wellness, talking',
    ids: 'wellbeing, mental-wellbeing, mental-health',
  },
  {
    en: 'bereavement, bereaved, grief, grieving, loss, widowed, widow, widower',
    cy: 'profedigaeth, galar, colled',
    related: 'support, listening, company',
  },
  {
    en: 'volunteering, volunteer, volunteers, helper, helpers, help out, helping out, give back, giving back',
    cy: 'gwirfoddoli, gwirfoddolwr, gwirfoddolwyr, helpu',
    related: 'charity',
    ids: 'volunteering',
  },
  {
    en: 'budget, cheap, low cost, affordable, shoestring, inexpensive',
    cy: 'rhad, fforddiadwy',
    related: 'pay what you can',
  },
  {
    en: 'u3a, university of the third age',
    related: 'talks, learning, lifelong learning',
    ids: 'group-learning',
  },
  // Who it is for
  {
    en: 'family, families, children, kids, grandparents, grandchildren, toddlers, parents',
    cy: 'teulu, teuluoedd, plentyn, wyrion, neiniau, teidiau, rhieni',
    related: 'rhyme time, storytime, all ages',
    soft: true,
  },
  {
    en: 'older people, elderly, seniors, over 50s, over 60s, retired, pensioners',
    cy: 'pobl hŷn, henoed, wedi ymddeol',
    related: 'older, over, retirement',
    soft: true,
  },
  // Access needs: the feed's accessibility ids
  {
    en: 'wheelchair, wheelchairs, wheelchair access, step-free, step free, ramp, level access, disabled access',
    cy: 'cadair olwyn, heb risiau, mynediad gwastad, ramp',
    typedEn: 'mobility scooter, walking frame, disabled',
    ids: 'step-free, accessible-toilet',
  },
  {
    en: 'deaf, hard of hearing, hearing, hearing loop, hearing aid',
    cy: 'byddar, trwm eu clyw, clyw, dolen sain',
    ids: 'hearing-loop, bsl',
  },
  { en: 'bsl, sign language, signing, signed', cy: 'iaith arwyddion', ids: 'bsl' },
  {
    en: 'large print, blind, partially sighted, visually impaired, sight loss, low vision',
    cy: 'print bras, dall, nam ar y golwg',
    related: 'audio, audiobooks',
    ids: 'large-print',
  },
  {
    en: 'quiet, quiet space, sensory, autism, autistic, relaxed',
    cy: 'tawel, man tawel, awtistiaeth',
    ids: 'quiet-space',
  },
  { en: 'seating, seats, seated, sit down', cy: 'seddi, eistedd', ids: 'seating' },
  {
    en: 'accessible toilet, toilet, toilets, changing places',
    cy: 'toiled hygyrch, toiledau',
    ids: 'accessible-toilet',
  },
  { en: 'parking, car park, blue badge', cy: 'parcio, maes parcio', ids: 'parking' },
];
