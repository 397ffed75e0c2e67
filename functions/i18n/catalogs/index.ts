import { approval as enApproval } from './en/approval.js';
import { charts as enCharts } from './en/charts.js';
import { common as enCommon } from './en/common.js';
import { staffConsole as enConsole } from './en/console.js';
import { consoleAdmin as enConsoleAdmin } from './en/console-admin.js';
import { consolePayouts as enConsolePayouts } from './en/console-payouts.js';
import { consoleQueues as enConsoleQueues } from './en/console-queues.js';
import { emails as enEmails } from './en/emails.js';
import { history as enHistory } from './en/history.js';
import { inquiries as enInquiries } from './en/inquiries.js';
import { payment as enPayment } from './en/payment.js';
import { portal as enPortal } from './en/portal.js';
import { statements as enStatements } from './en/statements.js';
import { approval as frApproval } from './fr/approval.js';
import { charts as frCharts } from './fr/charts.js';
import { common as frCommon } from './fr/common.js';
import { staffConsole as frConsole } from './fr/console.js';
import { consoleAdmin as frConsoleAdmin } from './fr/console-admin.js';
import { consolePayouts as frConsolePayouts } from './fr/console-payouts.js';
import { consoleQueues as frConsoleQueues } from './fr/console-queues.js';
import { emails as frEmails } from './fr/emails.js';
import { history as frHistory } from './fr/history.js';
import { inquiries as frInquiries } from './fr/inquiries.js';
import { payment as frPayment } from './fr/payment.js';
import { portal as frPortal } from './fr/portal.js';
import { statements as frStatements } from './fr/statements.js';

/**
 * The message catalogs, one per language, each made of the same areas: a message missing from a
 * language does not compile (and a test reads both, key by key and placeholder by placeholder).
 */
const en = {
  ...enCommon,
  ...enPortal,
  ...enStatements,
  ...enInquiries,
  ...enPayment,
  ...enEmails,
  ...enApproval,
  ...enConsole,
  ...enConsoleAdmin,
  ...enConsoleQueues,
  ...enConsolePayouts,
  ...enCharts,
  ...enHistory,
};

export type MessageKey = keyof typeof en;
export type Catalog = Readonly<Record<MessageKey, string>>;

/** A message said of a number of things: the key of its `.one` and `.other` forms. */
export type PluralKey = {
  [Key in MessageKey]: Key extends `${infer Base}.one`
    ? `${Base}.other` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

export const catalogs: Readonly<Record<'en' | 'fr', Catalog>> = {
  en,
  fr: {
    ...frCommon,
    ...frPortal,
    ...frStatements,
    ...frInquiries,
    ...frPayment,
    ...frEmails,
    ...frApproval,
    ...frConsole,
    ...frConsoleAdmin,
    ...frConsoleQueues,
    ...frConsolePayouts,
    ...frCharts,
    ...frHistory,
  },
};
