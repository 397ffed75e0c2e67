import type { Words } from '../../i18n/words.js';
import { type Html, html } from '../html.js';

/** A value and, under it, what qualifies it; one block, so that a row stacked on a phone keeps them together. */
export const withNotes = (value: string, notes: readonly (string | false)[], noteClass = 'hint'): Html =>
  html`<div>${value}${notes.filter((note) => note !== false).map((note) => html`<span class="${noteClass}">${note}</span>`)}</div>`;

/** A partner in a table: its company, and its MPN ID under it, kept on one line where there is room. */
export const partnerCell = (w: Words, companyName: string, mpnId: string): Html =>
  withNotes(companyName, [w.t('console.payouts.mpnId', { mpnId })], 'hint id');
