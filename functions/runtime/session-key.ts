import { readSecret } from '../adapters/secrets.js';
import { requiredEnv } from '../config.js';

let signingKey: Promise<string> | undefined;

/**
 * The key that signs partner sessions. Locally it is in the environment; in the cloud, the
 * environment names its secret, read once and kept (a failed read is tried again next time).
 */
export const sessionKey = (): Promise<string> =>
  (signingKey ??= process.env.SESSION_SIGNING_KEY
    ? Promise.resolve(process.env.SESSION_SIGNING_KEY)
    : readSecret(requiredEnv('SESSION_SIGNING_KEY_SECRET_ARN')).catch((error) => {
        signingKey = undefined;
        throw error;
      }));

export const sessionKeyProvider = () => ({ sessionKey });
