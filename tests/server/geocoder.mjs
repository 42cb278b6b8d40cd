// A stand-in for postcodes.io, so tests never leave the machine:
//   /geocoder/postcodes/<postcode>, /geocoder/outcodes/<outward>   answer like postcodes.io (200 or 404)
//   /geocoder-broken/...                                           answers 500
//   /geocoder-slow/...                                             answers after 30 s
const places = {
  'SW1A 1AA': [51.501, -0.1416],
  'M1 1AE': [53.4794, -2.2453],
  'LS1 4AP': [53.7997, -1.5492],
  'B1 1BB': [52.4796, -1.9026],
  'NE1 7RU': [54.9738, -1.6132],
  'BS1 5TR': [51.4514, -2.5975],
  'NR2 1NH': [52.6285, 1.2925],
  'EX1 1HS': [50.7236, -3.5275],
  'PL1 2AA': [50.3714, -4.1422],
  'TR18 4AF': [50.1186, -5.5371],
  'CA1 1QS': [54.8925, -2.9329],
  'CF10 1EP': [51.4816, -3.1791],
  'EH1 1YZ': [55.9533, -3.1883],
  // Jersey: a real postcode whose place is outside the UK.
  'JE2 4WE': [49.1805, -2.1032],
};
const outcodes = Object.fromEntries(Object.entries(places).map(([postcode, point]) => [postcode.split(' ')[0], point]));

function answer(ctx, status, body) {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = JSON.stringify(body);
}

export default async function geocoder(ctx, next) {
  const [, service, kind, code] = decodeURIComponent(new URL(ctx.url, 'http://test').pathname).split('/');
  if (service === 'geocoder-broken') return answer(ctx, 500, { status: 500, error: 'Internal server error' });
  if (service === 'geocoder-slow') {
    await new Promise((resolve) => setTimeout(resolve, 30000));
    return answer(ctx, 500, { status: 500, error: 'Too late' });
  }
  if (service !== 'geocoder') return next();
  const key = (code ?? '').toUpperCase();
  const point = kind === 'postcodes' ? places[key] : kind === 'outcodes' ? outcodes[key] : undefined;
  if (!point)
    return answer(ctx, 404, { status: 404, error: kind === 'postcodes' ? 'Invalid postcode' : 'Outcode not found' });
  const [latitude, longitude] = point;
  answer(ctx, 200, {
    status: 200,
    result: kind === 'postcodes' ? { postcode: key, latitude, longitude } : { outcode: key, latitude, longitude },
  });
}
