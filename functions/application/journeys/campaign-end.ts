import { campaignDecider } from '../../../domain/campaigns/decide.js';
import { payoutDecider } from '../../../domain/payouts/decide.js';
import { UnexpectedRefusalError } from '../../../domain/refusal.js';
import { registrationDecider } from '../../../domain/registrations/decide.js';
import { streamIds } from '../../../events/streams.js';
import { STAFF, writingFor } from '../../email/readers.js';
import { payoutStatementEmail } from '../../email/templates.js';
import { statementPdf } from '../../format/statement-pdf.js';
import { wordsOfReader } from '../../i18n/reader.js';
import { readRegistrationHistory } from '../campaign-statements.js';
import { execute } from '../execute.js';
import { partnerStatementOf } from '../partner-statements.js';
import { closeStatement, replayClosedStatement } from '../payouts/close-statement.js';
import { readSlice } from '../read-slice.js';
import { partnerAndCampaignOf } from '../registration-context.js';
import { sendNotification } from '../send-notification.js';
import { type JourneyDeps, journeyMetadata } from './journey-deps.js';
import { loadRegistration, notificationIds } from './journey-facts.js';

/** Nobody decided by the campaign's end: the registration expires and can earn nothing. */
export async function expireUndecided(
  deps: JourneyDeps,
  registrationId: string,
  journey: string,
): Promise<void> {
  const registration = await loadRegistration(deps.store, registrationId);
  const { state: campaign } = await readSlice(
    deps.store,
    campaignDecider,
    streamIds.campaign(registration.campaignId),
  );
  if (campaign.status !== 'published') throw new Error(`No campaign ${registration.campaignId} is published`);
  const command = {
    type: 'ExpireRegistration',
    data: { registrationId, campaignPeriodEnd: campaign.terms.period.end },
    metadata: { now: deps.clock.now() },
  } as const;
  const executed = await execute(
    deps.store,
    registrationDecider,
    streamIds.registration(registrationId),
    command,
    {
      metadata: journeyMetadata(journey, 'expire-registration'),
    },
  );
  if (!executed.ok) throw new UnexpectedRefusalError(`Expiring ${registrationId}`, executed.refusal);
}

/** The campaign has ended: the registration's statement is closed (see closeStatement). */
export async function computePayout(
  deps: JourneyDeps,
  registrationId: string,
  journey: string,
): Promise<void> {
  const { campaignId, mpnId } = await loadRegistration(deps.store, registrationId);
  await closeStatement(
    deps,
    { registrationId, campaignId, mpnId },
    journeyMetadata(journey, 'compute-payout'),
  );
}

/**
 * Emails the computed statement to the partner and to finance, with its PDF. It is replayed again
 * as of the instant it was computed, and must match the digest recorded then: a statement that
 * changed since (an edited event) is not sent.
 */
export async function sendStatements(
  deps: JourneyDeps,
  registrationId: string,
  journey: string,
): Promise<void> {
  const registration = await loadRegistration(deps.store, registrationId);
  const { campaignId, mpnId } = registration;
  const [payout, { partner, campaign }] = await Promise.all([
    readSlice(deps.store, payoutDecider, streamIds.payout(registrationId)),
    partnerAndCampaignOf(deps.store, registration),
  ]);
  const computed = payout.state.lastComputed;
  if (!computed) throw new Error(`No payout was computed for ${registrationId}`);
  const history = await readRegistrationHistory(deps.store, campaignId, mpnId, computed.asOf);
  const { statement, changed } = replayClosedStatement(history, computed);
  if (changed) throw changed;
  const pdf = await statementPdfAsOf(deps, campaignId, mpnId, computed.asOf);
  const campaignRef = { campaignId, name: campaign.terms.name };
  const metadata = journeyMetadata(journey, 'send-statements');
  const recipients = [
    { to: partner.contactEmail, recipient: 'partner', reader: partner },
    ...deps.contacts.financeEmails.map((to) => ({ to, recipient: 'finance', reader: STAFF }) as const),
  ] as const;
  for (const { to, recipient, reader } of recipients) {
    await sendNotification(
      deps,
      {
        notificationId: notificationIds.statement(registrationId, to),
        template: 'payout-statement',
        mpnId,
        message: payoutStatementEmail(writingFor(deps.publicBaseUrl, reader), {
          to,
          recipient,
          partner,
          campaign: campaignRef,
          statement,
          pdf,
        }),
      },
      metadata,
    );
  }
}

/** The statement's PDF as the partner downloads it, as of the instant the statement closed. */
async function statementPdfAsOf(deps: JourneyDeps, campaignId: string, mpnId: string, asOf: string) {
  const read = await partnerStatementOf(deps, campaignId, mpnId, asOf, (changed) => {
    throw changed;
  });
  if (!read.ok)
    throw new UnexpectedRefusalError(`Reading the statement of ${mpnId} in ${campaignId}`, read.refusal);
  return statementPdf(read.statement, wordsOfReader(read.reader));
}
