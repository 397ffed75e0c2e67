import { registrationIdOf } from '../../events/streams.js';
import { decideByApprovalLink } from '../../functions/application/decide-on-registration.js';
import type { AppDeps } from '../../functions/application/deps.js';
import { issueAccessCode } from '../../functions/application/issue-access-code.js';
import { logIn } from '../../functions/application/log-in.js';
import { publishCampaign } from '../../functions/application/publish-campaign.js';
import { recordSales, reverseSales } from '../../functions/application/record-sales.js';
import { registerForCampaign } from '../../functions/application/register-for-campaign.js';
import { requestApproval } from '../../functions/application/request-approval.js';
import { signUpPartner } from '../../functions/application/sign-up-partner.js';
import { dollarPerSkuTerms, frequencyTerms } from './fixtures.js';
import { accepted, memoryProgramDeps } from './memory-program.js';

const system = { correlationId: 'history', causationId: 'history', actor: { role: 'system' as const } };
export const mpnIdOf = (n: number) => String(2_000_000 + n);

/**
 * A program's life through the use cases: two campaigns, partners who sign up, log in and
 * register, approvals and a rejection, sales across partners, and reversals. The clock must
 * stand after July 20th, 2026, when the last of them happens.
 */
export async function recordProgramHistory(program: AppDeps, { partners = 6, salesPerPartner = 8 } = {}) {
  const deps = { ...memoryProgramDeps(), ...program };
  const campaigns = [
    dollarPerSkuTerms({ campaignId: 'history-sku' }),
    frequencyTerms({ campaignId: 'history-freq' }),
  ];
  const termsSha = new Map<string, string>();
  for (const terms of campaigns) {
    const { termsSha256 } = accepted(
      await publishCampaign(deps, { terms, termsText: `T&Cs of ${terms.name}` }, system),
    );
    termsSha.set(terms.campaignId, termsSha256);
  }
  for (let p = 0; p < partners; p++) {
    const mpnId = mpnIdOf(p);
    const partner = {
      mpnId,
      companyName: `Reseller ${p}`,
      contactEmail: `p${p}@resellers.example`,
      country: 'CA',
    };
    const sourceIp = `10.0.0.${p}`;
    accepted(await signUpPartner(deps, { ...partner, sourceIp }, system));
    const { code } = accepted(await issueAccessCode(deps, { mpnId, requested: false }, system));
    accepted(await logIn(deps, { mpnId, accessCode: code, sourceIp }, system));
    for (const terms of campaigns.slice(0, 1 + (p % 2))) {
      const registered = await registerForCampaign(
        deps,
        {
          campaignId: terms.campaignId,
          mpnId,
          agreementNumber: `INV-${mpnId}`,
          signature: {
            signerName: `Signer ${p}`,
            signerEmail: `p${p}@resellers.example`,
            termsSha256: termsSha.get(terms.campaignId) as string,
          },
        },
        system,
      );
      accepted(registered);
      const registrationId = registrationIdOf(terms.campaignId, mpnId);
      const { links } = await requestApproval(
        deps,
        { registrationId, approverEmails: ['pm@vendor.example'], reminder: false },
        system,
      );
      const token = links[0]?.token as string;
      if (p % 3 === 2)
        accepted(
          await decideByApprovalLink(
            deps,
            { token, decision: 'reject', reason: 'Agreement not found' },
            system,
          ),
        );
      else if (p % 3 === 0)
        accepted(await decideByApprovalLink(deps, { token, decision: 'approve' }, system));
    }
    const lines = Array.from({ length: salesPerPartner }, (_, s) => ({
      saleId: `H-${mpnId}-${s}`,
      mpnId,
      customerId: `c-${(p + s) % 5}`,
      sku: s % 3 === 0 ? 'M365-E3' : 'M365-E5',
      quantity: 1 + ((p + s) % 9),
      licenseType: s % 4 === 0 ? 'CSP' : 'Open',
      soldAt: `2026-07-${String(2 + s).padStart(2, '0')}T12:00:00Z`,
    }));
    const reversals = lines
      .filter((_, s) => s % 4 === 1)
      .map((l) => ({
        reversalId: 'CN-1',
        saleId: l.saleId,
        quantity: 1,
        reversedAt: '2026-07-20T00:00:00Z',
      }));
    for (const batch of [
      await recordSales(deps, lines, system),
      await reverseSales(deps, reversals, system),
    ]) {
      if (batch.rejected.length > 0) throw new Error(`History refused: ${JSON.stringify(batch.rejected)}`);
    }
  }
}
