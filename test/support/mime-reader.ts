/**
 * Reads a MIME message strictly, as the tests need to see it: CRLF lines only, folded headers,
 * UTF-8 encoded words, multiparts whose boundaries open and close, base64 bodies in lines of at
 * most 76 characters of the base64 alphabet. Anything else throws, naming what is wrong.
 */
export type MimePart = {
  headers: Readonly<Record<string, string>>;
  /** The decoded body of a leaf part. */
  body: Buffer;
  parts: MimePart[];
};

const ENCODED_WORD = /=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=/g;

/** A header value with its UTF-8 encoded words decoded (the folding between two words is not text). */
export const decodeWords = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(ENCODED_WORD, (_, base64: string) => Buffer.from(base64, 'base64').toString('utf8'));

function headersOf(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const match = /^([A-Za-z-]+): (.*)$/.exec(line);
    if (!match) throw new Error(`Not a header line: ${JSON.stringify(line)}`);
    headers[(match[1] as string).toLowerCase()] = match[2] as string;
  }
  return headers;
}

function base64Body(text: string): Buffer {
  const lines = text.split('\r\n').filter((line) => line !== '');
  for (const line of lines) {
    if (!/^[A-Za-z0-9+/=]{1,76}$/.test(line)) throw new Error(`Not a base64 line: ${JSON.stringify(line)}`);
  }
  return Buffer.from(lines.join(''), 'base64');
}

function partsOf(body: string, boundary: string): string[] {
  const opening = `--${boundary}\r\n`;
  const closing = `\r\n--${boundary}--\r\n`;
  if (!body.startsWith(opening)) throw new Error(`The multipart does not open with ${boundary}`);
  const end = body.indexOf(closing);
  if (end < 0) throw new Error(`The multipart does not close with ${boundary}`);
  return body.slice(opening.length, end).split(`\r\n--${boundary}\r\n`);
}

export function readMime(raw: string): MimePart {
  if (/[^\r]\n|\r(?!\n)/.test(raw)) throw new Error('A line does not end with CRLF');
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('No blank line after the headers');
  const headers = headersOf(raw.slice(0, split));
  const body = raw.slice(split + 4);
  const boundary = /^multipart\/\w+; boundary="([^"]+)"$/.exec(headers['content-type'] ?? '')?.[1];
  if (boundary) return { headers, body: Buffer.alloc(0), parts: partsOf(body, boundary).map(readMime) };
  if (headers['content-transfer-encoding'] !== 'base64') throw new Error('A part is not in base64');
  return { headers, body: base64Body(body), parts: [] };
}
