// A stand-in tile server, so map tests never fetch real tiles:
//   /tiles/<z>/<x>/<y>.png   a one-pixel light grey PNG (the map stretches it over the tile)
const tile = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN48eQWAAVeAqfwhXw/AAAAAElFTkSuQmCC',
  'base64',
);

export default async function tiles(ctx, next) {
  if (!/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(new URL(ctx.url, 'http://test').pathname)) return next();
  ctx.type = 'image/png';
  ctx.body = tile;
}
