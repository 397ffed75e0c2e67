import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../functions/i18n/catalogs/index.js';
import { LANGUAGES } from '../../../functions/i18n/language.js';

const placeholdersOf = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const messagesOf = (language: (typeof LANGUAGES)[number]) => new Map(Object.entries(catalogs[language]));
const english = messagesOf('en');
const translations = LANGUAGES.filter((language) => language !== 'en');

describe('The message catalogs', () => {
  it.each(translations)('have every key of the English catalog in %s, and no other', (language) => {
    expect([...messagesOf(language).keys()].sort()).toEqual([...english.keys()].sort());
  });

  it.each(translations)('fill the same placeholders in %s as in English', (language) => {
    const translated = messagesOf(language);
    const differing = [...english].filter(
      ([key, text]) => placeholdersOf(text).join() !== placeholdersOf(translated.get(key)).join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES)('say something for every key in %s', (language) => {
    const empty = [...messagesOf(language)].filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it('give every count its one and other forms, the other saying how many', () => {
    const keys = [...english.keys()];
    const counted = keys.filter((key) => /\.(one|other)$/.test(key));
    for (const key of counted) {
      const base = key.replace(/\.(one|other)$/, '');
      expect(keys, key).toEqual(expect.arrayContaining([`${base}.one`, `${base}.other`]));
    }
    for (const language of LANGUAGES) {
      const messages = messagesOf(language);
      const withoutCount = counted.filter(
        (key) => key.endsWith('.other') && !messages.get(key)?.includes('{n}'),
      );
      expect(withoutCount, language).toEqual([]);
    }
  });
});
