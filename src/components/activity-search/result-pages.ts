/**
 * How many results `<lw-activity-search>` shows: a page at first, and another for each "Show more",
 * which moves focus to the first new result and says how many were added. For a directory searched
 * where it lives, once every result in hand is shown, "Show more" asks the directory for its next page.
 */
import type { ReactiveElement } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import { formatNumber } from '../../i18n/format.js';
import type { ActivityResult } from '../../search/activities.js';
import { focusAfterUpdate } from '../shared/focus-after-update.js';
import type { ResultListContext } from './results.js';

export interface ResultPagesOptions {
  /** The element's `page-size`, read each time. */
  pageSize: () => number;
  /** Says how many more results were shown. */
  announce: (message: string) => void;
  /** Asks a directory searched where it lives for its next page. */
  searchMore: () => void;
}

export class ResultPages {
  #shown = 0;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: ResultPagesOptions,
  ) {}

  /** How many results are shown. */
  get shown(): number {
    return this.#shown;
  }

  /** The page size given, or 10 when it is not a whole number of at least 1. */
  get pageSize(): number {
    const given = this.options.pageSize();
    return Number.isInteger(given) && given >= 1 ? given : 10;
  }

  /** Back to the first page. */
  firstPage(): void {
    this.#shown = this.pageSize;
    this.host.requestUpdate();
  }

  /** The "Show more" button for the results in the order shown; `remoteMore` when the directory holds more. */
  moreButton(
    msg: Catalogue,
    tag: string,
    shownInOrder: readonly ActivityResult[],
    remoteMore: boolean,
  ): Pick<ResultListContext, 'more' | 'moreLabel' | 'onMore'> {
    if (remoteMore && this.#shown >= shownInOrder.length)
      return { more: 1, moreLabel: msg.remoteMore, onMore: () => this.#showMoreRemote() };
    return {
      more: Math.min(this.pageSize, shownInOrder.length - this.#shown),
      onMore: () => this.#showMore(msg, tag, shownInOrder),
    };
  }

  #showMore(msg: Catalogue, tag: string, shownInOrder: readonly ActivityResult[]): void {
    const total = shownInOrder.length;
    const firstNew = shownInOrder[this.#shown];
    const next = Math.min(total, this.#shown + this.pageSize);
    const number = (n: number) => formatNumber(tag, n);
    this.options.announce(msg.moreShown(number(next - this.#shown), number(next), number(total)));
    this.#shown = next;
    this.host.requestUpdate();
    if (firstNew)
      void focusAfterUpdate(this.host, [
        `[data-id="${CSS.escape(firstNew.activity.id)}"] .title-button`,
        '[part="more"]',
      ]);
  }

  /** The next page of a directory searched where it lives: its results show as they arrive. */
  #showMoreRemote(): void {
    this.#shown += this.pageSize;
    this.host.requestUpdate();
    this.options.searchMore();
  }
}
