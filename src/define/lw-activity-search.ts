import { LwActivitySearch } from '../components/activity-search/activity-search.js';
import { define } from './define.js';

define('lw-activity-search', LwActivitySearch);

declare global {
  interface HTMLElementTagNameMap {
    'lw-activity-search': LwActivitySearch;
  }
}
