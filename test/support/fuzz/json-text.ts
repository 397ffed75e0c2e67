/**
 * JSON text that JSON.stringify cannot write from a value: a number beyond a double (`1e400`), a
 * spelling of one (`1.0`), nesting deeper than its recursion goes. Put in a value, it is written
 * into the text as it is.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

// Stands in for a RawJson while the rest is written; no generated text is spelled like it.
const MARK = 'raw-json-3f9c1e:';
const MARKED = new RegExp(`"${MARK}(\\d+)"`, 'g');

/** The value as JSON text, with each RawJson in it written as its text. */
export function jsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_, part: unknown) =>
    part instanceof RawJson ? `${MARK}${raws.push(part.text) - 1}` : part,
  );
  return (text ?? '').replace(MARKED, (_, index: string) => raws[Number(index)] ?? '');
}
