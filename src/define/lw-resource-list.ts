import { LwResourceList } from '../components/resource-list/resource-list.js';
import { define } from './define.js';

define('lw-resource-list', LwResourceList);

declare global {
  interface HTMLElementTagNameMap {
    'lw-resource-list': LwResourceList;
  }
}
