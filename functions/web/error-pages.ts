import type { Words } from '../i18n/words.js';
import { html } from './html.js';
import { layout } from './layout.js';
import { pageResult } from './page-result.js';

/** The pages of what went wrong: no such page, a form that expired, a failure of ours. */
export const errorPage = (
  words: Words,
  titleKey: 'page.notFound.title' | 'page.error.title' | 'page.expired.title',
  status: number,
  home = '/portal',
) => {
  const text =
    titleKey === 'page.notFound.title'
      ? words.t('page.notFound.text')
      : titleKey === 'page.expired.title'
        ? words.t('page.expired.text')
        : words.t('page.error.text');
  return problemPage(words, words.t(titleKey), text, status, home);
};

export const problemPage = (words: Words, title: string, text: string, status: number, home: string) =>
  pageResult(
    status,
    layout(words, {
      title,
      body: html`<p>${text}</p><p><a href="${home}">${words.t('page.notFound.home')}</a></p>`,
      viewer: undefined,
      path: '',
    }),
  );
