import { createLogger } from '../../functions/logging/logger.js';
import { JavaMissingError } from './dynamodb-local.js';
import { startLocalSystem } from './local-system.js';
import { PortBusyError } from './ports.js';
import { publishSampleCampaigns } from './publish-samples.js';

/**
 * npm start: the whole program locally, until Ctrl-C. Data persists under .local/ (LOCAL_DATA_DIR);
 * journeys in progress carry on after a restart.
 */
process.env.LOG_LEVEL ??= 'info';
const logger = createLogger({ service: 'local-system' });

try {
  const system = await startLocalSystem(logger);
  const published = await publishSampleCampaigns(system);
  const lines = [
    '',
    'The partner cash-back program is running locally.',
    '',
    `  Partner portal      ${system.apiUrl}/portal   (sign up, log in with the emailed code, register)`,
    `  Staff console       ${system.apiUrl}/console   (sign in with a staff address below: the code arrives in the mail viewer)`,
    `  API                 ${system.apiUrl}   (GET /health; routes in docs/http-api.md and openapi.json)`,
    `  Mail viewer         ${system.mailUrl}   (emails as JSON at ${system.mailUrl}/store)`,
    `  Program admins      ${system.contacts.programAdmins}`,
    `  Approvers           ${system.contacts.approvers}`,
    `  Finance             ${system.contacts.finance}`,
    `  Sample campaigns    ${published.join(', ')}`,
    '',
    '  Keys (Authorization: Bearer <key>), also in .local/keys.json:',
    `    finance           ${system.keys.finance}`,
    `    sales system      ${system.keys.salesSystem}`,
    `    program admin     ${system.keys.programAdmin}`,
    '',
    `  Data in ${system.dataFolder}${system.resumedJourneys ? `; ${system.resumedJourneys} journeys resumed` : ''}.`,
    '  Walk the whole program with `npm run demo` in another terminal. Ctrl-C stops.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping...\n');
    await system.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (error) {
  if (error instanceof JavaMissingError || error instanceof PortBusyError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
