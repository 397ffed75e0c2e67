import { SesMailer, sesClients } from '../adapters/ses-mailer.js';
import { requiredEnv } from '../config.js';
import { lazy } from './lazy.js';

/** Email through SES, from the program's sender address. */
export const mailer = lazy(() => new SesMailer(sesClients(), requiredEnv('SENDER_EMAIL')));
