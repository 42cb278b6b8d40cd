import { LwNetworkFinder } from '../components/network-finder/network-finder.js';
import { define } from './define.js';

define('lw-network-finder', LwNetworkFinder);

declare global {
  interface HTMLElementTagNameMap {
    'lw-network-finder': LwNetworkFinder;
  }
}
