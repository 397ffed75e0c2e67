import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../../../functions/i18n/words.js';
import { readCampaignForm } from '../../../../functions/web/console/campaign-form-reading.js';

const w = wordsFor('en', 'America/Toronto');

/** A Dollar per SKU campaign as an admin fills the form in, typed as a browser sends it. */
const filled = (changes: Record<string, string> = {}) => ({
  campaignId: 'e5-fall',
  name: 'Microsoft 365 E5, fall',
  type: 'dollarPerSku',
  periodStart: '2026-09-01T00:00',
  periodEnd: '2026-12-01T00:00',
  registrationDeadline: '2026-11-15T00:00',
  rateCard: 'M365-E5 40.00\r\n\r\nM365-E3  15,5\r\n',
  maxUnitsPerPartner: '',
  metric: 'transactions',
  eligibleSkus: '',
  tiers: '',
  newCustomerLookbackDays: '',
  eligibleLicenseTypes: 'Open, OpenValue',
  minUnitsPerSale: '',
  minUnitsPerPartner: '5',
  maxPayout: '50000',
  termsText: 'Line one.\r\nLine two.',
  ...changes,
});

const errorsOf = (form: Record<string, string>) => {
  const read = readCampaignForm(w, form);
  return read.ok ? {} : read.state.errors;
};

describe('Reading the campaign form', () => {
  it('reads it into the body the API takes: instants in UTC from the reader’s clock, cents, lists, defaults', () => {
    const read = readCampaignForm(w, filled());
    expect(read.ok && read.body).toEqual({
      terms: {
        campaignId: 'e5-fall',
        name: 'Microsoft 365 E5, fall',
        type: 'dollarPerSku',
        currency: 'CAD',
        period: { start: '2026-09-01T04:00:00Z', end: '2026-12-01T05:00:00Z' },
        registrationDeadline: '2026-11-15T05:00:00Z',
        eligibleLicenseTypes: ['Open', 'OpenValue'],
        minUnitsPerSale: 1,
        minUnitsPerPartner: 5,
        maxPayoutCentsPerPartner: 5_000_000,
        rateCard: [
          { sku: 'M365-E5', amountCents: 4000 },
          { sku: 'M365-E3', amountCents: 1550 },
        ],
      },
      // A browser sends a text box's line breaks as CR LF: the text is kept as typed, with LF.
      termsText: 'Line one.\nLine two.',
    });
  });

  it('reads a Frequency campaign from its own fields, ignoring the rate card', () => {
    const read = readCampaignForm(
      w,
      filled({
        type: 'frequency',
        metric: 'newCustomers',
        eligibleSkus: 'M365-BP, M365-E3',
        tiers: '3 750\n5 1500.00',
        newCustomerLookbackDays: '180',
      }),
    );
    expect(read.ok && read.body.terms).toMatchObject({
      type: 'frequency',
      metric: 'newCustomers',
      eligibleSkus: ['M365-BP', 'M365-E3'],
      tiers: [
        { threshold: 3, amountCents: 75_000 },
        { threshold: 5, amountCents: 150_000 },
      ],
      newCustomerLookbackDays: 180,
    });
    expect(read.ok && 'rateCard' in read.body.terms).toBe(false);
  });

  it('names the line of a rate card entry it cannot read, and still checks the rest of the form', () => {
    expect(
      errorsOf(
        filled({ rateCard: 'M365-E5 40.00\nM365-E3 forty', registrationDeadline: '2026-12-02T00:00' }),
      ),
    ).toEqual({
      registrationDeadline: 'The registration deadline cannot be after the end of the period.',
      rateCard:
        'Line 2, “M365-E3 forty”: write a SKU, a space, then the amount per unit in dollars, such as M365-E5 40.00.',
    });
  });

  it.each([
    [{ rateCard: 'M365 E5 40.00' }, 'rateCard', 'Line 1, “M365 E5 40.00”: write a SKU'],
    [{ rateCard: 'M365/E5 40.00' }, 'rateCard', 'Line 1, “M365/E5 40.00”: a SKU is made of'],
    [{ rateCard: 'M365-E5 40\nM365-E5 30' }, 'rateCard', 'List each SKU once.'],
    [{ rateCard: '' }, 'rateCard', 'List at least one SKU with its amount.'],
    [{ rateCard: 'M365-E5 1,000.00' }, 'rateCard', 'Line 1, “M365-E5 1,000.00”'],
    [{ periodEnd: '2026-08-01T00:00' }, 'periodEnd', 'The period must end after it starts.'],
    [{ periodStart: '2026-02-30T00:00' }, 'periodStart', 'Enter a date and a time'],
    [{ campaignId: 'E5 Fall' }, 'campaignId', 'Enter an id of lowercase letters'],
    [{ name: 'Two\nlines' }, 'name', 'Enter the campaign’s name, on one line'],
    [{ maxPayout: '$50,000' }, 'maxPayout', 'Enter an amount in dollars'],
    [{ minUnitsPerPartner: '2.5' }, 'minUnitsPerPartner', 'Enter a whole number of units'],
    [{ eligibleLicenseTypes: 'Open/Value' }, 'eligibleLicenseTypes', 'Write licensing programs'],
    [{ termsText: '' }, 'termsText', 'Enter the text of the Terms and Conditions'],
    [{ type: 'other' }, 'type', 'Choose the kind of campaign.'],
  ])('refuses %j beside the field %s', (change, field, message) => {
    expect(errorsOf(filled(change))[field]).toContain(message);
  });

  it.each([
    [{ tiers: '3 750\n5 500' }, 'A higher tier cannot pay less than a lower one.'],
    [{ tiers: '3 750\n3 800' }, 'Give each number to reach once.'],
    [{ tiers: '0 750' }, 'Line 1, “0 750”: write the number to reach'],
    [{ tiers: 'three 750' }, 'Line 1, “three 750”: write the number to reach'],
  ])('refuses the tiers %j, saying why', (change, message) => {
    const form = filled({ type: 'frequency', eligibleSkus: 'M365-BP', ...change });
    expect(errorsOf(form).tiers).toContain(message);
  });

  it('lists what is wrong in the order of the form, keeping everything typed', () => {
    const form = filled({ termsText: '', campaignId: 'Bad Id', rateCard: 'oops' });
    const read = readCampaignForm(w, form);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(Object.keys(read.state.errors)).toEqual(['campaignId', 'rateCard', 'termsText']);
    expect(read.state.values).toEqual(form);
  });

  it('says its refusals in the reader’s language', () => {
    const read = readCampaignForm(wordsFor('fr'), filled({ rateCard: 'M365-E5 quarante' }));
    expect(read.ok || read.state.errors.rateCard).toContain('Ligne 1, «\u00a0M365-E5 quarante\u00a0»');
  });
});
