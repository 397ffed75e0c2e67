import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sesLocalModule from 'aws-ses-v2-local';
import { PortBusyError } from './ports.js';

/** An email as the local SES server keeps it (`GET /store`). */
export type StoredEmail = {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  /** The files it carries, each in base64. */
  attachments?: { filename?: string; contentType: string; content: string; size: number }[];
  at: number;
};

export type SesLocal = {
  endpoint: string;
  port: number;
  /** Every email received so far, oldest first. */
  emails(): Promise<StoredEmail[]>;
  stop(): Promise<void>;
};

// The package is CommonJS with a default export; under ESM it may arrive wrapped once more.
type Start = (config: { host: string; port: number }) => Promise<Server>;
const start = ((sesLocalModule as unknown as { default?: Start }).default ??
  sesLocalModule) as unknown as Start;

/**
 * aws-ses-v2-local: an SES-compatible server that keeps what it receives, with a mail viewer in
 * the browser at its root and the emails as JSON at /store. Port 0 picks a free port.
 */
export async function startSesLocal(port = 0): Promise<SesLocal> {
  const server = await start({ host: '127.0.0.1', port });
  // A busy port does not reject: the server just is not listening.
  if (!server.listening) throw new PortBusyError(port, 'the local email server', 'SES_PORT');
  const actual = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${actual}`;
  return {
    endpoint,
    port: actual,
    emails: async () =>
      ((await (await fetch(`${endpoint}/store`)).json()) as { emails: StoredEmail[] }).emails,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
