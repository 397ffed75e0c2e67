import { createSesClient, SesMailer } from '../adapters/ses-mailer.js';
import { requiredEnv } from '../config.js';
import { lazy } from './lazy.js';

/** Email through SES, from the program's sender address. */
export const mailer = lazy(() => new SesMailer(createSesClient(), requiredEnv('SENDER_EMAIL')));
