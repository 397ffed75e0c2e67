import { SesMailer, sesClients } from '../../../functions/adapters/ses-mailer.js';
import { localContacts, localCredentials, localRegion } from '../local-config.js';

/**
 * The email of the local sign-in service, as the identity service would send it: the code and how
 * long it works, nothing else. It goes through the local mail server like every other email.
 */
export async function sendSignInCode(sesEndpoint: string, email: string, code: string): Promise<void> {
  const mailer = new SesMailer(
    sesClients({ endpoint: sesEndpoint, region: localRegion, credentials: localCredentials }),
    localContacts.sender,
  );
  const text = `Your sign-in code for the staff console is ${code}.\n\nIt works for 10 minutes. If you did not try to sign in, ignore this email.\n`;
  await mailer.send({
    to: email,
    subject: 'Your staff console sign-in code',
    text,
    html: `<p>Your sign-in code for the staff console is <strong>${code}</strong>.</p><p>It works for 10 minutes. If you did not try to sign in, ignore this email.</p>`,
  });
}
