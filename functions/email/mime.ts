import type { Attachment, EmailMessage } from '../ports/mailer.js';

/**
 * An email as the raw MIME message SES sends as it is (RFC 5322, 2045-2047): the text and HTML
 * parts as alternatives, then any files. Every body is base64, so no line of it is too long, none
 * can be read as a header or a boundary, and the boundaries can be fixed words: "_" is never in
 * base64. Headers are ASCII: the subject is UTF-8 encoded words.
 */
export function mimeMessage(from: string, message: EmailMessage): Uint8Array {
  const alternatives = multipart('alternative', [
    part(['Content-Type: text/plain; charset=UTF-8'], Buffer.from(message.text, 'utf8')),
    part(['Content-Type: text/html; charset=UTF-8'], Buffer.from(message.html, 'utf8')),
  ]);
  const attachments = message.attachments ?? [];
  const body =
    attachments.length === 0
      ? alternatives
      : multipart('mixed', [alternatives, ...attachments.map(attachmentPart)]);
  const headers = [
    `From: ${address(from)}`,
    `To: ${address(message.to)}`,
    `Subject: ${encodedWords(message.subject)}`,
    'MIME-Version: 1.0',
  ];
  return Buffer.from([...headers, ...body].join(CRLF), 'utf8');
}

const CRLF = '\r\n';

/** A part: its header lines, a blank line, then its body; a multipart's lines hold its parts. */
type Lines = string[];

const base64Lines = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString('base64')
    .match(/.{1,76}/g) ?? [];

const part = (headers: string[], body: Uint8Array): Lines => [
  ...headers,
  'Content-Transfer-Encoding: base64',
  '',
  ...base64Lines(body),
];

function multipart(subtype: 'alternative' | 'mixed', parts: Lines[]): Lines {
  const boundary = `=_${subtype}`;
  return [
    `Content-Type: multipart/${subtype}; boundary="${boundary}"`,
    '',
    ...parts.flatMap((lines) => [`--${boundary}`, ...lines]),
    `--${boundary}--`,
    '',
  ];
}

// A file name is the program's own (statement-<campaign>-<mpnId>.pdf); anything else becomes "_",
// so that it needs neither quoting nor encoding.
const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');
const safeMediaType = (type: string) =>
  /^[a-z]+\/[a-z0-9.+-]+$/.test(type) ? type : 'application/octet-stream';

const attachmentPart = ({ fileName, contentType, content }: Attachment): Lines => {
  const name = safeFileName(fileName);
  return part(
    [
      `Content-Type: ${safeMediaType(contentType)}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
    ],
    content,
  );
};

// SES speaks no SMTPUTF8: an address is ASCII (a domain in Punycode). One that is not, or that
// could end its header, is refused here rather than written into one.
const ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$/;

function address(value: string): string {
  if (!ADDRESS.test(value)) throw new Error('An email address must be ASCII, without spaces or quotes');
  return value;
}

// 42 bytes of UTF-8 make 56 characters of base64, so that "Subject: " and the first encoded word
// stay within 78 characters; a character is never cut between two words.
const WORD_BYTES = 42;

/** The subject as RFC 2047 encoded words, one a line (a folded header), whatever its characters. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let word = '';
  for (const character of text.toWellFormed()) {
    if (Buffer.byteLength(word + character, 'utf8') > WORD_BYTES) {
      words.push(word);
      word = '';
    }
    word += character;
  }
  words.push(word);
  return words
    .map((piece) => `=?UTF-8?B?${Buffer.from(piece, 'utf8').toString('base64')}?=`)
    .join(`${CRLF} `);
}
