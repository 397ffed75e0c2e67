import type { LocalSystem } from './local-system.js';
import { sampleCampaigns } from './sample-campaigns.js';

/**
 * Publishes the sample campaigns through the API, as a program admin would. A campaign that
 * exists already (200, or 409 when it was published with the dates of an earlier start) is left
 * as it is.
 */
export async function publishSampleCampaigns(system: LocalSystem): Promise<string[]> {
  const ids: string[] = [];
  for (const campaign of sampleCampaigns(new Date())) {
    const response = await fetch(`${system.apiUrl}/admin/campaigns`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${system.keys.programAdmin}` },
      body: JSON.stringify(campaign),
    });
    if (![200, 201, 409].includes(response.status)) {
      throw new Error(
        `Publishing ${campaign.terms.campaignId} answered ${response.status}: ${await response.text()}`,
      );
    }
    ids.push(campaign.terms.campaignId);
  }
  return ids;
}
