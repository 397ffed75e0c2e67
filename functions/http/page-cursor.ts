import * as z from 'zod';
import { PAGE_BYTES, travellingBytes } from './answer-size.js';
import { ApiError } from './api-error.js';

/**
 * How the list routes page (docs/http-api.md, "Pages"). A route lists its items in a total order
 * (the last part of each item's key is an id of its own), and a page's cursor is the key of the
 * page's last item, so the next page starts strictly after it: an item added or dropped between
 * two requests never makes another one be skipped or listed twice. Every part of a key is
 * something that never changes on an item (an id, the instant it was made), so no item moves.
 */

/** How many items a route's page holds unless asked for another number, and at most. */
export type PageSize = { defaultLimit: number; maxLimit: number };

/** What a request asks for: how many items at most, and after which key (none: the first page). */
export type PageRequest = { limit: number; after?: PageKey | undefined };

type PageKey = readonly string[];

/** A page of rows, and where the next one starts: `null` on the last page. */
export type Page<Row> = { rows: Row[]; nextCursor: string | null };

/** The order a route lists its items in. */
export type PageOrder<Item> = {
  /** The route whose cursors these are: another route's cursor is refused. */
  route: string;
  size: PageSize;
  /** What an item is sorted by, part by part; the last part tells any two items apart. */
  key: (item: Item) => PageKey;
  direction: 'ascending' | 'descending';
};

// base64url, and long enough for the longest key a route has (ids of 100 characters, instants).
const CURSOR = /^[A-Za-z0-9_-]{1,2000}$/;

/** A page's cursor as it is written: base64url of its route's name and the key it follows. */
const CursorJson = z.strictObject({
  route: z.string(),
  after: z.array(z.string().max(200)).min(1).max(4),
});

/** An instant as a key part: in one width, so that keys compare as text in time order. */
export const instantKey = (iso: string) => new Date(iso).toISOString();

/** Text in code-unit order, the same on every machine (not the locale's collation). */
const compareKeys = (a: PageKey, b: PageKey): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x, y] = [a[i] ?? '', b[i] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
};

const invalidCursor = () =>
  new ApiError(400, 'invalid-cursor', 'The cursor is not one this route answered: start again without it.', [
    { field: 'query.cursor', message: 'must be a nextCursor this route answered' },
  ]);

const encodeCursor = (route: string, after: PageKey) =>
  Buffer.from(JSON.stringify({ route, after })).toString('base64url');

function decodeCursor(route: string, cursor: string): PageKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const parsed = CursorJson.safeParse(decoded);
  if (!parsed.success || parsed.data.route !== route) throw invalidCursor();
  return parsed.data.after;
}

/**
 * A route's pages: the query parameters it takes (`limit`, `cursor`), and its page of rows from
 * every item it lists.
 */
export function listPages<Item>(order: PageOrder<Item>) {
  const { route, size, key, direction } = order;
  const { defaultLimit, maxLimit } = size;
  const message = `must be a whole number from 1 to ${maxLimit}`;
  const sign = direction === 'ascending' ? 1 : -1;

  /** The query parameters, to spread into the route's query schema. */
  const query = {
    limit: z
      .preprocess(
        // A query string's number arrives as text: only plain digits are read as one.
        (given) => (typeof given === 'string' && /^[0-9]{1,9}$/.test(given) ? Number(given) : given),
        z
          .number({ message })
          .int({ message })
          .min(1, { message })
          .max(maxLimit, { message })
          .default(defaultLimit),
      )
      .meta({
        description: `How many items a page holds at most (default ${defaultLimit}, at most ${maxLimit}). A page may hold fewer, even before the last.`,
      }),
    cursor: z
      .string()
      .regex(CURSOR, { message: 'must be a nextCursor this route answered' })
      .optional()
      .meta({ description: "The previous page's `nextCursor`; without it, the first page." }),
  };

  /**
   * The page a request's query asks for, read before any work: a cursor that does not read as one
   * of this route's is refused (400 `invalid-cursor`).
   */
  const requested = ({ limit, cursor }: { limit: number; cursor?: string | undefined }): PageRequest => ({
    limit,
    ...(cursor === undefined ? {} : { after: decodeCursor(route, cursor) }),
  });

  /**
   * The page the request asks for: at most `limit` items after the cursor, in the route's order,
   * made into rows by `rowsOf` (an item may have none: then the page holds fewer). Rows stop short
   * of `limit` when more would take over PAGE_BYTES of the function's result, so that the answer
   * stays within what a Lambda function may answer; a page always holds its first row, however large.
   */
  async function pageOf<Row>(
    items: readonly Item[],
    request: PageRequest,
    rowsOf: (window: Item[]) => readonly (Row | undefined)[] | Promise<readonly (Row | undefined)[]>,
  ): Promise<Page<Row>> {
    const { after } = request;
    const sorted = items
      .map((item) => ({ item, key: key(item) }))
      .sort((a, b) => sign * compareKeys(a.key, b.key));
    const start = after ? sorted.findIndex((entry) => sign * compareKeys(entry.key, after) > 0) : 0;
    const rest = start === -1 ? [] : sorted.slice(start);
    const window = rest.slice(0, request.limit);
    const made = await rowsOf(window.map((entry) => entry.item));
    const rows: Row[] = [];
    let bytes = 0;
    let taken = 0;
    for (const row of made) {
      if (row !== undefined) {
        const size = travellingBytes(row);
        if (rows.length > 0 && bytes + size > PAGE_BYTES) break;
        rows.push(row);
        bytes += size;
      }
      taken++;
    }
    const last = window[taken - 1];
    const more = taken < rest.length;
    return { rows, nextCursor: more && last ? encodeCursor(route, last.key) : null };
  }

  return { size, query, requested, pageOf };
}

/** The `nextCursor` of a page's answer. */
export const NextCursorJson = z
  .string()
  .nullable()
  .meta({ description: 'Where the next page starts: send it as `cursor`. `null` on the last page.' });
