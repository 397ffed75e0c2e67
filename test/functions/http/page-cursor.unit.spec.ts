import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { PAGE_BYTES, travellingBytes } from '../../../functions/http/answer-size.js';
import { ApiError } from '../../../functions/http/api-error.js';
import { instantKey, listPages, type PageRequest } from '../../../functions/http/page-cursor.js';

type Item = { id: string; at: string; size?: number };

const newestFirst = listPages<Item>({
  route: 'items-list',
  size: { defaultLimit: 3, maxLimit: 10 },
  key: (item) => [instantKey(item.at), item.id],
  direction: 'descending',
});
const query = z.strictObject(newestFirst.query);
const asIs = (window: Item[]) => window;

/** Three instants, some items on the same one, spelt with and without milliseconds. */
const items: Item[] = [
  { id: 'a', at: '2026-07-01T10:00:00Z' },
  { id: 'b', at: '2026-07-01T10:00:00.500Z' },
  { id: 'c', at: '2026-07-01T10:00:00Z' },
  { id: 'd', at: '2026-07-01T09:00:00Z' },
  { id: 'e', at: '2026-07-01T10:00:00.500Z' },
  { id: 'f', at: '2026-07-01T11:00:00Z' },
  { id: 'g', at: '2026-07-01T09:00:00Z' },
];
const inOrder = ['f', 'e', 'b', 'c', 'a', 'g', 'd'];

/** Every page, from the first; `between` may change the items after each page. */
async function walk(
  limit: number,
  listed: () => Item[],
  between: (page: number) => void = () => {},
): Promise<string[][]> {
  const pages: string[][] = [];
  let request: PageRequest = newestFirst.requested({ limit });
  for (;;) {
    const page = await newestFirst.pageOf(listed(), request, asIs);
    pages.push(page.rows.map((item) => item.id));
    if (page.nextCursor === null) return pages;
    between(pages.length);
    request = newestFirst.requested({ limit, cursor: page.nextCursor });
  }
}

describe('A walk through the pages of a list', () => {
  it('lists every item once, in the order of their keys: a tie by id, an instant whatever its spelling', async () => {
    for (const limit of [1, 2, 3, 7, 10]) {
      const pages = await walk(limit, () => items);
      expect(pages.flat()).toEqual(inOrder);
      expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
    }
  });

  it('skips and repeats none of the items listed from the start, whatever is added or dropped between pages', async () => {
    let current = [...items];
    const pages = await walk(
      2,
      () => current,
      (page) => {
        // A newer item comes before the cursor; then one after it comes, and the item the cursor
        // names goes; then one not listed yet goes.
        if (page === 1) current = [...current, { id: 'z', at: '2026-07-02T00:00:00Z' }];
        if (page === 2) {
          current = [...current, { id: 'ab', at: '2026-07-01T10:00:00Z' }].filter((item) => item.id !== 'c');
        }
        if (page === 3) current = current.filter((item) => item.id !== 'g');
      },
    );
    const listed = pages.flat();
    expect(pages).toEqual([['f', 'e'], ['b', 'c'], ['ab', 'a'], ['d']]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('ends with a null cursor, and an empty list is one empty page', async () => {
    expect(await newestFirst.pageOf([], newestFirst.requested({ limit: 3 }), asIs)).toEqual({
      rows: [],
      nextCursor: null,
    });
    const whole = await newestFirst.pageOf(items, newestFirst.requested({ limit: 7 }), asIs);
    expect(whole.nextCursor).toBeNull();
  });

  it('goes on past items that make no row: the page holds fewer, and the next starts after them', async () => {
    const noRowFor = new Set(['e', 'b', 'c']);
    const rowsOf = async (window: Item[]) =>
      window.map((item) => (noRowFor.has(item.id) ? undefined : item.id));
    const first = await newestFirst.pageOf(items, newestFirst.requested({ limit: 3 }), rowsOf);
    expect(first.rows).toEqual(['f']);
    const second = await newestFirst.pageOf(
      items,
      newestFirst.requested({ limit: 3, cursor: first.nextCursor ?? '' }),
      rowsOf,
    );
    expect(second.rows).toEqual(['a', 'g']);
    const third = await newestFirst.pageOf(
      items,
      newestFirst.requested({ limit: 3, cursor: second.nextCursor ?? '' }),
      rowsOf,
    );
    expect(third).toEqual({ rows: ['d'], nextCursor: null });
  });
});

describe('The size of a page', () => {
  it('is the default without a limit, and a limit is a whole number from 1 to the maximum', () => {
    expect(query.parse({})).toEqual({ limit: 3 });
    expect(query.parse({ limit: '10' })).toEqual({ limit: 10 });
    const message = 'must be a whole number from 1 to 10';
    for (const limit of ['0', '11', 'ten', '1.5', '-1', '', ' 2', '1e1', '0x5']) {
      expect(query.safeParse({ limit }).error?.issues).toEqual([
        expect.objectContaining({ path: ['limit'], message }),
      ]);
    }
  });

  it('stops short of the limit before its rows take more than PAGE_BYTES of the answer, but holds one row however large', async () => {
    const large = (id: string, bytes: number) => ({
      id,
      at: '2026-07-01T00:00:00Z',
      padding: '"'.repeat(bytes),
    });
    // A quote travels as four bytes: escaped in the JSON body, and both escaped again in the
    // function's result. Four of these rows fit in a page, not five.
    const big = ['p', 'q', 'r', 's', 't', 'u', 'v'].map((id) => large(id, (PAGE_BYTES * 0.24) / 4));
    const first = await newestFirst.pageOf(big, newestFirst.requested({ limit: 10 }), asIs);
    expect(first.rows.map((row) => row.id)).toEqual(['v', 'u', 't', 's']);
    expect(first.rows.reduce((sum, row) => sum + travellingBytes(row), 0)).toBeLessThanOrEqual(PAGE_BYTES);
    const huge = [large('x', PAGE_BYTES), large('y', 1)];
    const alone = await newestFirst.pageOf(huge, newestFirst.requested({ limit: 10 }), asIs);
    expect(alone.rows.map((row) => row.id)).toEqual(['y']);
    const next = await newestFirst.pageOf(
      huge,
      newestFirst.requested({ limit: 10, cursor: alone.nextCursor ?? '' }),
      asIs,
    );
    expect(next.rows.map((row) => row.id)).toEqual(['x']);
  });
});

describe('A cursor', () => {
  const refused = (cursor: string) => {
    try {
      newestFirst.requested({ limit: 3, cursor });
    } catch (error) {
      return error;
    }
    return undefined;
  };
  const encoded = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('is refused as invalid-cursor when it is not one of this route: garbage, another shape, another route', () => {
    for (const cursor of [
      'AAAA',
      Buffer.from('{"route":').toString('base64url'),
      encoded(['items-list', 'a']),
      encoded({ route: 'items-list', after: [] }),
      encoded({ route: 'items-list', after: [1] }),
      encoded({ route: 'items-list', after: ['a'], more: true }),
      encoded({ route: 'other-list', after: ['a'] }),
    ]) {
      const error = refused(cursor);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({
        status: 400,
        code: 'invalid-cursor',
        details: [{ field: 'query.cursor', message: 'must be a nextCursor this route answered' }],
      });
    }
  });

  it('is refused by the query schema when it is not base64url at all', () => {
    expect(query.safeParse({ cursor: 'not a cursor' }).success).toBe(false);
    expect(query.safeParse({ cursor: 'x'.repeat(2001) }).success).toBe(false);
  });

  it('holds a position, not the items: one changed by hand pages from where it says', async () => {
    const after = encoded({ route: 'items-list', after: [instantKey('2026-07-01T10:00:00Z'), 'c'] });
    const page = await newestFirst.pageOf(items, newestFirst.requested({ limit: 10, cursor: after }), asIs);
    expect(page.rows.map((item) => item.id)).toEqual(['a', 'g', 'd']);
  });
});
