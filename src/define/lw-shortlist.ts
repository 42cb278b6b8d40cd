import { LwShortlist } from '../components/shortlist/shortlist.js';
import { define } from './define.js';

define('lw-shortlist', LwShortlist);

declare global {
  interface HTMLElementTagNameMap {
    'lw-shortlist': LwShortlist;
  }
}
