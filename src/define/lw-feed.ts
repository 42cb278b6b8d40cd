import { LwFeed } from '../components/feed/feed.js';
import { define } from './define.js';

define('lw-feed', LwFeed);

declare global {
  interface HTMLElementTagNameMap {
    'lw-feed': LwFeed;
  }
}
