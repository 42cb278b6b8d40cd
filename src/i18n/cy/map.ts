import type { map as english } from '../en/map.js';
import { plural } from '../format.js';

const networks = plural('cy-GB', {
  zero: (n) => `${n} rhwydwaith`,
  one: (n) => `${n} rhwydwaith`,
  two: (n) => `${n} rwydwaith`,
  few: (n) => `${n} rhwydwaith`,
  many: (n) => `${n} rhwydwaith`,
  other: (n) => `${n} rhwydwaith`,
});
const activities = plural('cy-GB', {
  zero: (n) => `${n} gweithgaredd`,
  one: (n) => `${n} gweithgaredd`,
  two: (n) => `${n} weithgaredd`,
  few: (n) => `${n} gweithgaredd`,
  many: (n) => `${n} gweithgaredd`,
  other: (n) => `${n} gweithgaredd`,
});

/** Welsh strings of the map area. */
export const map: typeof english = {
  finderLabel: 'Dod o hyd i rwydwaith celfyddydau ac iechyd',
  mapLabel: 'Map o rwydweithiau celfyddydau ac iechyd',
  mapKeyboardHint:
    'Ar y map, mae’r bysellau saeth yn mynd o farciwr i farciwr, mae Enter yn dewis un ac mae Escape yn dod yn ôl i’r map; mae’r bysellau plws a minws yn chwyddo. Mae’r botymau uchod yn symud y map. Mae pob rhwydwaith ar y map hefyd yn y rhestr.',
  skipMap: 'Neidio heibio’r map',
  zoomIn: 'Chwyddo i mewn',
  zoomOut: 'Chwyddo allan',
  showAll: 'Dangos pob rhwydwaith',
  moveNorth: 'Symud y map i’r gogledd',
  moveSouth: 'Symud y map i’r de',
  moveWest: 'Symud y map i’r gorllewin',
  moveEast: 'Symud y map i’r dwyrain',
  mapControls: 'Rheolyddion y map',
  mapBlockedByPolicy:
    'Ni all y map lwytho o dan bolisi diogelwch y dudalen hon (Trusted Types). Mae pob rhwydwaith yn y rhestr isod.',
  mapFailed: "Nid oedd modd llwytho'r map. Mae pob rhwydwaith yn y rhestr isod.",
  legendHeading: 'Allwedd',
  scopeLocal: 'Rhwydwaith lleol',
  scopeRegional: 'Rhwydwaith rhanbarthol',
  scopeNational: 'Rhwydwaith cenedlaethol',
  scopeLocalArea: 'Ardal y mae rhwydwaith lleol yn ei chwmpasu',
  scopeRegionalArea: 'Ardal y mae rhwydwaith rhanbarthol yn ei chwmpasu',
  legendNational: 'Mae rhwydweithiau cenedlaethol yn cwmpasu’r DU gyfan: maent wedi’u rhestru, nid wedi’u lluniadu',
  legendActivities: 'Gweithgareddau (grŵp yw rhif: dewiswch ef i chwyddo i mewn)',
  legendPlace: 'Y lle y chwilioch amdano',
  networkMarker: (name, scope) => `${name} (${scope})`,
  activityMarker: (title) => `${title} (gweithgaredd)`,
  clusterMarker: (count) => `${activities(count)} yma: chwyddo i mewn`,
  zoomedIn: (count) => `Wedi chwyddo i mewn ar ${activities(count)}`,
  placeMarker: (place) => `Chwilioch am ${place}`,
  markerPosition: (position, count) => `${position} o ${count}`,
  networkCount: (count) => networks(count),
  listHeading: 'Rhwydweithiau',
  listKeyboardHint:
    'Yn y rhestr, mae’r bysellau saeth i fyny ac i lawr yn mynd o rwydwaith i rwydwaith; mae Enter yn dangos manylion rhwydwaith.',
  nationalHeading: 'Rhwydweithiau cenedlaethol',
  nationalNote: 'Mae’r rhain yn cwmpasu’r DU gyfan.',
  noNetworksInFeed: 'Nid yw’r ffrwd hon yn rhestru unrhyw rwydweithiau eto.',
  noNetworksForScope: 'Dim rhwydweithiau o’r mathau a ddewiswyd yma.',
  coversRadius: (distance) => `Yn cwmpasu’r ardal o fewn ${distance} i’w ganolfan`,
  coversArea: 'Yn cwmpasu’r ardal a luniwyd ar y map',
  coversNation: 'Yn cwmpasu’r DU gyfan',
  coversYourPlace: 'Yn cwmpasu eich lle chi',
  distanceAway: (distance) => `${distance} i ffwrdd`,
  website: 'Gwefan',
  email: 'E-bost',
  phone: 'Ffôn',
  address: 'Cyfeiriad',
  networksCover: (count, place) => `${networks(count)} yn cwmpasu ${place}`,
  answerHeading: (place) => `Rhwydweithiau ar gyfer ${place}`,
  nearestHeading: 'Rhwydweithiau eraill agosaf',
  noNetworkYet: (place) => `Nid oes rhwydwaith lleol na rhanbarthol yn cwmpasu ${place} eto.`,
  noNetworkKind:
    'Nid dyna ddiwedd y daith. Siaradwch â’r gweithiwr cyswllt yn eich meddygfa, ac â’ch fforwm sector gwirfoddol a’ch canolfan wirfoddoli leol: mae llawer o weithwyr cyswllt eisoes mewn cysylltiad â nhw. Cysylltwch â sefydliadau celfyddydol, amgueddfeydd a llyfrgelloedd eraill gerllaw i weld beth sydd eisoes yn digwydd.',
  noNetworkQuestion:
    'Ac os nad oes dim byd yn agos atoch eto: pa ran allech chi ei chwarae wrth ddod â rhwydwaith o’r fath at ei gilydd?',
  activitiesShown: (count) => `${activities(count)} ar y map, fel y mae’r chwiliad yn dod o hyd iddynt`,
  attributionLabel: 'Data’r map',
};
