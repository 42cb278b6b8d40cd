import { LwPlaceFinder } from '../components/place-finder/place-finder.js';
import { define } from './define.js';

define('lw-place-finder', LwPlaceFinder);

declare global {
  interface HTMLElementTagNameMap {
    'lw-place-finder': LwPlaceFinder;
  }
}
