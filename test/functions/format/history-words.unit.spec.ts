import { describe, expect, it } from 'vitest';
import { type EventType, eventCatalog } from '../../../events/catalog.js';
import type { Actor } from '../../../events/envelope.js';
import { historyRows } from '../../../functions/format/history-words.js';
import { LANGUAGES } from '../../../functions/i18n/language.js';
import { wordsFor } from '../../../functions/i18n/words.js';
import { frequencyTerms, MPN } from '../../support/fixtures.js';
import {
  actors,
  BANK_REFERENCE,
  CODE_HASH,
  JOURNEY,
  oneOfEachType,
  recorded,
  TERMS_SHA,
  TOKEN_HASH,
} from '../../support/history-events.js';

const english = wordsFor('en', 'America/Toronto');
const french = wordsFor('fr', 'America/Toronto');

const { RegistrationSubmitted, ApprovalRequested, RegistrationApproved } = oneOfEachType;

/** A registration's stream: the partner registers, the journey asks two approvers, one approves from the link. */
const registrationStream = [
  recorded(RegistrationSubmitted, {
    eventId: 'e1',
    at: '2026-07-03T13:00:00Z',
    actor: actors.partner,
    causationId: 'Rq7a1b2c3d=',
  }),
  recorded(ApprovalRequested, {
    eventId: 'e2',
    version: 2,
    at: '2026-07-03T13:00:05Z',
    actor: actors.journey,
    correlationId: JOURNEY,
    causationId: `${JOURNEY}:approval-request`,
  }),
  recorded(RegistrationApproved, {
    eventId: 'e3',
    version: 3,
    at: '2026-07-04T14:30:00Z',
    actor: actors.approverByLink,
    causationId: 'Rq9f2e8d7c=',
  }),
];

describe('The history of a registration', () => {
  it('says who did what, when and why, oldest first: registered, approval asked, approved from the link', () => {
    expect(historyRows(english, registrationStream)).toEqual([
      {
        eventId: 'e1',
        at: 'July 3, 2026 at 9:00 a.m. EDT',
        who: 'Partner 1234567',
        what: 'Registered for m365-upsell with agreement number INV-0048213; Sam Okafor (sam@northwind.example) signed the T&Cs version 3f1a9c0b2d4e',
        why: 'Request Rq7a1b2c3d=',
        type: 'RegistrationSubmitted',
      },
      {
        eventId: 'e2',
        at: 'July 3, 2026 at 9:00 a.m. EDT',
        who: 'The program (automatic)',
        what: 'Asked pm1@program.example and pm2@program.example to decide on the registration, by links valid until July 10, 2026 at 9:00 a.m. EDT',
        why: 'Step approval-request of the partner journey m365-upsell--1234567',
        type: 'ApprovalRequested',
      },
      {
        eventId: 'e3',
        at: 'July 4, 2026 at 10:30 a.m. EDT',
        who: 'pm2@program.example (approver)',
        what: 'Approved the registration',
        why: 'Request Rq9f2e8d7c=',
        type: 'RegistrationApproved',
      },
    ]);
  });

  it('says the same in French', () => {
    expect(historyRows(french, registrationStream).map(({ type: _, ...words }) => words)).toEqual([
      {
        eventId: 'e1',
        at: '3 juillet 2026 à 09 h 00 HAE',
        who: 'Partenaire 1234567',
        what: 'Inscription à m365-upsell avec le numéro de contrat INV-0048213; modalités (version 3f1a9c0b2d4e) signées par Sam Okafor (sam@northwind.example)',
        why: 'Requête Rq7a1b2c3d=',
      },
      {
        eventId: 'e2',
        at: '3 juillet 2026 à 09 h 00 HAE',
        who: 'Le programme (automatique)',
        what: 'Décision sur l’inscription demandée à pm1@program.example et pm2@program.example, par des liens valides jusqu’au 10 juillet 2026 à 09 h 00 HAE',
        why: 'Étape approval-request du parcours de partenaire m365-upsell--1234567',
      },
      {
        eventId: 'e3',
        at: '4 juillet 2026 à 10 h 30 HAE',
        who: 'pm2@program.example (approbations)',
        what: 'Inscription approuvée',
        why: 'Requête Rq9f2e8d7c=',
      },
    ]);
  });

  it('interleaves streams read one after the other (the registration’s, then its payout’s) in the order they were recorded', () => {
    const payout = recorded(oneOfEachType.PayoutComputed, {
      eventId: 'p1',
      stream: `payout-m365-upsell--${MPN}`,
      at: '2026-07-03T20:00:00Z',
      actor: actors.dana,
    });
    const rows = historyRows(english, [...registrationStream, payout]);
    expect(rows.map((row) => row.eventId)).toEqual(['e1', 'e2', 'p1', 'e3']);
  });

  it('keeps the given order of events recorded at the same instant', () => {
    const sameInstant = registrationStream.map((event) => ({ ...event, recordedAt: '2026-07-05T12:00:00Z' }));
    const rows = historyRows(english, [...sameInstant].reverse());
    expect(rows.map((row) => row.eventId)).toEqual(['e3', 'e2', 'e1']);
  });

  it('says when an event was recorded as well, where that was later than it happened (a sale sent a week after)', () => {
    const lateSale = recorded(oneOfEachType.SaleRecorded, {
      eventId: 's1',
      at: '2026-07-03T13:00:00Z',
      recordedAt: '2026-07-10T14:00:00Z',
      actor: actors.salesSystem,
    });
    const onTime = { ...lateSale, eventId: 's2', recordedAt: '2026-07-03T13:00:00.250Z' };
    expect(historyRows(english, [lateSale, onTime]).map((row) => row.at)).toEqual([
      'July 3, 2026 at 9:00 a.m. EDT',
      'July 3, 2026 at 9:00 a.m. EDT (recorded July 10, 2026 at 10:00 a.m. EDT)',
    ]);
  });
});

describe('Why something happened', () => {
  // A partner asks for a new code; the outbox, reading that event, issues the code and emails it.
  const asked = recorded(oneOfEachType.AccessCodeRequested, {
    eventId: 'c1',
    stream: `partner-${MPN}`,
    at: '2026-07-03T13:00:00Z',
    actor: actors.anyone,
    correlationId: 'corr-code',
    causationId: 'RqCode01=',
  });
  const issued = recorded(oneOfEachType.AccessCodeIssued, {
    eventId: 'c2',
    stream: `partner-${MPN}`,
    version: 2,
    at: '2026-07-03T13:00:02Z',
    actor: actors.outbox,
    correlationId: 'corr-code',
    causationId: 'c1',
  });
  const emailed = recorded(
    { type: 'NotificationSent', data: { ...oneOfEachType.NotificationSent.data, template: 'access-code' } },
    {
      eventId: 'c3',
      stream: 'notification-code:code-2',
      at: '2026-07-03T13:00:03Z',
      actor: actors.outbox,
      correlationId: 'corr-code',
      causationId: 'c1',
    },
  );

  it('follows a causation chain: what the outbox did comes after the request that owed it', () => {
    const rows = historyRows(english, [asked, issued, emailed]);
    expect(rows.map(({ who, what, why, causedBy }) => ({ who, what, why, causedBy }))).toEqual([
      {
        who: 'Anyone (not signed in)',
        what: 'Asked for a new access code',
        why: 'Request RqCode01=',
        causedBy: undefined,
      },
      {
        who: 'The program (automatic)',
        what: 'Issued the new access code that was asked for, valid until July 4, 2026 at 9:00 a.m. EDT',
        why: 'After: Asked for a new access code',
        causedBy: 'c1',
      },
      {
        who: 'The program (automatic)',
        what: 'Emailed ops@northwind.example: the access code',
        why: 'After: Asked for a new access code',
        causedBy: 'c1',
      },
    ]);
  });

  it('names each row’s own cause, not its cause’s cause', () => {
    const fromIssued = { ...emailed, metadata: { ...emailed.metadata, causationId: 'c2' } };
    const [, , row] = historyRows(french, [asked, issued, fromIssued]);
    expect(row).toMatchObject({
      why: 'Après : Nouveau code d’accès émis sur demande, valide jusqu’au 4 juillet 2026 à 09 h 00 HAE',
      causedBy: 'c2',
    });
  });

  it('names the event that caused the outbox’s work when that event is not in the history', () => {
    const [row] = historyRows(english, [issued]);
    expect(row).toMatchObject({ why: 'Event c1' });
    expect(row).not.toHaveProperty('causedBy');
  });
});

describe('Who did it', () => {
  const approved = RegistrationApproved;
  const rejected = oneOfEachType.RegistrationRejected;
  const asked = ApprovalRequested;

  it.each<[string, Actor, { type: EventType; data: unknown }, string, string]>([
    [
      'a person of finance, by name and role',
      actors.dana,
      oneOfEachType.PayoutIssued,
      'Dana Smith (finance)',
      'Dana Smith (finances)',
    ],
    [
      'a person the directory gave no name, by id',
      { role: 'finance', id: 'staff:dana@program.example' },
      oneOfEachType.PayoutIssued,
      'staff:dana@program.example (finance)',
      'staff:dana@program.example (finances)',
    ],
    [
      'finance, when nobody is named',
      { role: 'finance' },
      oneOfEachType.PayoutIssued,
      'Finance',
      'Les finances',
    ],
    [
      'a program admin',
      actors.admin,
      oneOfEachType.CampaignPublished,
      'Lee Tremblay (program admin)',
      'Lee Tremblay (administration du programme)',
    ],
    [
      'a program admin nobody named',
      { role: 'program-admin' },
      oneOfEachType.CampaignPublished,
      'A program admin',
      'L’administration du programme',
    ],
    [
      'an approver deciding from their link, by the email the decision names',
      actors.approverByLink,
      rejected,
      'pm1@program.example (approver)',
      'pm1@program.example (approbations)',
    ],
    [
      'a signed-in approver, by the name the directory gives rather than the email',
      { role: 'approver', id: 'staff:pat@program.example', name: 'Pat Lee' },
      approved,
      'Pat Lee (approver)',
      'Pat Lee (approbations)',
    ],
    [
      'an approver nobody named, on an event that names none',
      actors.approverByLink,
      asked,
      'An approver',
      'Une personne responsable des approbations',
    ],
    [
      'a partner, by MPN ID',
      actors.partner,
      oneOfEachType.InquiryRaised,
      'Partner 1234567',
      'Partenaire 1234567',
    ],
    [
      'a partner without an id',
      { role: 'partner' },
      oneOfEachType.InquiryRaised,
      'A partner',
      'Un partenaire',
    ],
    [
      'the sales system',
      actors.salesSystem,
      oneOfEachType.SaleRecorded,
      'The sales system',
      'Le système de ventes',
    ],
    [
      'the sales system by the IAM principal it called with',
      { role: 'sales-system', id: 'arn:aws:iam::123456789012:user/sales-feed' },
      oneOfEachType.SaleRecorded,
      'arn:aws:iam::123456789012:user/sales-feed (sales system)',
      'arn:aws:iam::123456789012:user/sales-feed (système de ventes)',
    ],
    [
      'the program, whichever part of it',
      actors.outbox,
      oneOfEachType.NotificationSent,
      'The program (automatic)',
      'Le programme (automatique)',
    ],
    [
      'anyone, not signed in',
      actors.anyone,
      oneOfEachType.PartnerSignedUp,
      'Anyone (not signed in)',
      'Une personne non connectée',
    ],
  ])('says who for %s', (_, actor, event, inEnglish, inFrench) => {
    const given = [recorded(event, { eventId: 'w1', at: '2026-07-03T13:00:00Z', actor })];
    expect(historyRows(english, given)[0]?.who).toBe(inEnglish);
    expect(historyRows(french, given)[0]?.who).toBe(inFrench);
  });

  it('says a role it has no words for as recorded, with the person where there is one', () => {
    const auditor = (actor: Record<string, string>) =>
      recorded(oneOfEachType.PayoutIssued, {
        eventId: 'u1',
        at: '2026-07-03T13:00:00Z',
        actor: actor as Actor,
      });
    const named = auditor({ role: 'auditor', id: 'staff:kim@program.example' });
    const nobody = auditor({ role: 'auditor' });
    expect(historyRows(english, [named, nobody]).map((row) => row.who)).toEqual([
      'staff:kim@program.example (auditor)',
      'Someone in the role “auditor”',
    ]);
    expect(historyRows(french, [nobody])[0]?.who).toBe('Une personne au rôle «\u00a0auditor\u00a0»');
  });
});

const TYPES = eventCatalog.map((definition) => definition.type);

const oneRow = (w: typeof english, type: EventType) => {
  const [row] = historyRows(w, [
    recorded(oneOfEachType[type], { eventId: 't1', at: '2026-07-03T13:00:00Z', actor: actors.dana }),
  ]);
  if (!row) throw new Error(`no row for ${type}`);
  return row;
};

/** What each event says, in English and in French: the sentences, with their key facts. */
const sentences: { [T in EventType]: readonly [en: string, fr: string] } = {
  PartnerSignedUp: [
    'Signed up Northwind Traders (MPN ID 1234567, Canada), contact ops@northwind.example',
    'Adhésion au programme de Northwind Traders (ID MPN 1234567, Canada), personne-ressource ops@northwind.example',
  ],
  AccessCodeRequested: ['Asked for a new access code', 'Nouveau code d’accès demandé'],
  AccessCodeIssued: [
    'Issued the new access code that was asked for, valid until July 4, 2026 at 9:00 a.m. EDT',
    'Nouveau code d’accès émis sur demande, valide jusqu’au 4 juillet 2026 à 09 h 00 HAE',
  ],
  AccessCodeRedemptionFailed: [
    'Tried a wrong access code (3 wrong tries on this code)',
    'Essai d’un code d’accès erroné (3 essais erronés pour ce code)',
  ],
  AccessCodeLocked: [
    'Locked the access code after too many wrong tries',
    'Code d’accès bloqué après trop d’essais erronés',
  ],
  PartnerActivated: ['Activated the partner at its first login', 'Partenaire activé à sa première connexion'],
  PartnerSessionOpened: [
    'Logged in, for a session until July 3, 2026 at 5:00 p.m. EDT',
    'Connexion, pour une session valide jusqu’au 3 juillet 2026 à 17 h 00 HAE',
  ],
  PartnerSessionClosed: ['Logged out', 'Déconnexion'],
  CampaignPublished: [
    'Published the campaign Microsoft 365 E5 upsell (m365-upsell), Dollar per SKU: sales count from July 1, 2026 at 12:00 a.m. EDT until October 1, 2026 at 12:00 a.m. EDT, registrations until September 15, 2026 at 12:00 a.m. EDT; T&Cs version 3f1a9c0b2d4e',
    'Publication de la campagne Microsoft 365 E5 upsell (m365-upsell), Dollars par SKU : les ventes comptent du 1 juillet 2026 à 00 h 00 HAE jusqu’au 1 octobre 2026 à 00 h 00 HAE, inscriptions jusqu’au 15 septembre 2026 à 00 h 00 HAE; version des modalités 3f1a9c0b2d4e',
  ],
  CampaignTermsRevised: [
    'Revised the T&Cs of m365-upsell: partners who register from now on sign version 3f1a9c0b2d4e',
    'Révision des modalités de m365-upsell : les partenaires qui s’inscrivent désormais signent la version 3f1a9c0b2d4e',
  ],
  RegistrationSubmitted: [
    'Registered for m365-upsell with agreement number INV-0048213; Sam Okafor (sam@northwind.example) signed the T&Cs version 3f1a9c0b2d4e',
    'Inscription à m365-upsell avec le numéro de contrat INV-0048213; modalités (version 3f1a9c0b2d4e) signées par Sam Okafor (sam@northwind.example)',
  ],
  ApprovalRequested: [
    'Asked pm1@program.example and pm2@program.example to decide on the registration, by links valid until July 10, 2026 at 9:00 a.m. EDT',
    'Décision sur l’inscription demandée à pm1@program.example et pm2@program.example, par des liens valides jusqu’au 10 juillet 2026 à 09 h 00 HAE',
  ],
  RegistrationApproved: ['Approved the registration', 'Inscription approuvée'],
  RegistrationRejected: [
    'Rejected the registration: “Agreement number unknown”',
    'Inscription refusée : «\u00a0Agreement number unknown\u00a0»',
  ],
  RegistrationExpired: [
    'Expired the registration: nobody decided on it before the campaign ended',
    'Inscription expirée : personne n’a décidé avant la fin de la campagne',
  ],
  SaleRecorded: [
    'Recorded sale S-1 of partner 1234567: 25 × M365-E5 (Open) to customer contoso',
    'Vente S-1 du partenaire 1234567 enregistrée : 25 × M365-E5 (Open) au client contoso',
  ],
  SaleReversed: [
    'Reversed 5 units of sale S-1 (credit note CN-1)',
    'Annulation de 5 unités de la vente S-1 (note de crédit CN-1)',
  ],
  PayoutComputed: ['Closed the statement at CAD\u00a01,600.00', 'Relevé clôturé à 1\u00a0600,00\u00a0CAD'],
  PaymentScheduled: ['Scheduled a payment of CAD\u00a01,600.00', 'Paiement de 1\u00a0600,00\u00a0CAD prévu'],
  PayoutIssued: [
    'Recorded a payment of CAD\u00a01,600.00 as sent, reference EFT-2026-0001',
    'Paiement de 1\u00a0600,00\u00a0CAD inscrit comme envoyé, référence EFT-2026-0001',
  ],
  AdjustmentRecorded: [
    'Adjusted the payout by -CAD\u00a050.00 for sale S-1: “Credit note CN-1 was late”',
    'Ajustement de -50,00\u00a0CAD au paiement pour la vente S-1 : «\u00a0Credit note CN-1 was late\u00a0»',
  ],
  PaymentProfileUpdated: [
    'Changed the payment details: legal name Northwind Traders Inc., remittance email ap@northwind.example, bank reference ending in 7731',
    'Coordonnées de paiement modifiées : raison sociale Northwind Traders Inc., courriel de versement ap@northwind.example, référence bancaire se terminant par 7731',
  ],
  FraudFlagRaised: [
    'Raised a fraud flag: the same sale claimed by more than one partner (2 sale lines)',
    'Alerte de fraude émise : la même vente réclamée par plus d’un partenaire (2 lignes de vente)',
  ],
  FraudFlagReviewed: [
    'Cleared the fraud flag duplicate-claim:contoso:M365-E5:2026-07-03: “Two resellers of one customer”',
    'Alerte de fraude duplicate-claim:contoso:M365-E5:2026-07-03 levée : «\u00a0Two resellers of one customer\u00a0»',
  ],
  InquiryRaised: [
    'Asked finance about sale S-1 on the statement for m365-upsell',
    'Question aux finances sur la vente S-1 du relevé de m365-upsell',
  ],
  InquiryAnswered: ['Answered the inquiry', 'Réponse à la demande'],
  InquiryResolved: [
    'Resolved the inquiry with an adjustment of -CAD\u00a050.00',
    'Demande réglée par un ajustement de -50,00\u00a0CAD',
  ],
  NotificationSent: [
    'Emailed ops@northwind.example: the decision on the registration',
    'Courriel envoyé à ops@northwind.example : la décision sur l’inscription',
  ],
  JourneyStepFailed: [
    'Stopped the partner journey m365-upsell--1234567 at step send-statements, which failed after its retries: States.TaskFailed',
    'Parcours de partenaire m365-upsell--1234567 arrêté à l’étape send-statements, qui a échoué après ses nouvelles tentatives : States.TaskFailed',
  ],
  StaffMemberAdded: [
    'Added Dana Smith (dana@program.example) to the staff, as approver and finance',
    'Dana Smith (dana@program.example) ajouté au personnel, pour approbation et finances',
  ],
  StaffMemberChanged: [
    'Set the roles of Dana Smith (dana@program.example) to finance',
    'Rôles de Dana Smith (dana@program.example) changés pour finances',
  ],
  StaffSignedIn: ['Signed in to the staff console', 'Connexion à la console du personnel'],
  StaffSignedOut: ['Signed out of the staff console', 'Déconnexion de la console du personnel'],
};

describe('Every event type of the catalog', () => {
  it.each(TYPES)('%s says what happened, with its key facts, in English and in French', (type) => {
    const [inEnglish, inFrench] = sentences[type];
    expect(oneRow(english, type).what).toBe(inEnglish);
    expect(oneRow(french, type).what).toBe(inFrench);
  });

  it.each(LANGUAGES)(
    'in %s, every row shows no word outside the catalogs but the events’ own values',
    (language) => {
      const marked = wordsFor(language, 'America/Toronto', { marked: true });
      const shown = TYPES.flatMap((type) => {
        const { at, who, what, why } = oneRow(marked, type);
        return [at, who, what, why];
      });
      expect(shown.flatMap(wordsOutsideCatalogs)).toEqual([]);
    },
  );

  it('would catch a word written outside the catalogs', () => {
    const marked = wordsFor('en', 'America/Toronto', { marked: true });
    expect(wordsOutsideCatalogs(`${marked.t('history.what.InquiryAnswered')} now`)).toEqual(['now']);
  });

  it('never shows the hash of a code or of a link token, nor a whole bank reference or T&C digest', () => {
    const shown = JSON.stringify(TYPES.flatMap((type) => LANGUAGES.map((l) => oneRow(wordsFor(l), type))));
    for (const secret of [CODE_HASH, TOKEN_HASH.slice(0, 12), BANK_REFERENCE, TERMS_SHA]) {
      expect(shown).not.toContain(secret);
    }
    expect(shown).toContain(TERMS_SHA.slice(0, 12));
  });
});

const sample = oneOfEachType;

describe('The sentence of an event, as its facts vary', () => {
  it.each<[string, { type: EventType; data: unknown }, string]>([
    [
      'a statement closed with adjustments gives its total, and what made it',
      { type: 'PayoutComputed', data: { ...sample.PayoutComputed.data, adjustmentsCents: -5_000 } },
      'Closed the statement at CAD\u00a01,550.00: CAD\u00a01,600.00 earned from sales and -CAD\u00a050.00 of adjustments',
    ],
    [
      'a reversal sent without a credit-note number',
      {
        type: 'SaleReversed',
        data: { ...sample.SaleReversed.data, quantity: 1, reversalId: 'at-2026-07-03T13:00:00Z' },
      },
      'Reversed 1 unit of sale S-1 (no credit-note number)',
    ],
    [
      'the first access code, not asked for',
      { type: 'AccessCodeIssued', data: { ...sample.AccessCodeIssued.data, requested: undefined } },
      'Issued an access code, valid until July 4, 2026 at 9:00 a.m. EDT',
    ],
    [
      'a reminder to the approvers',
      {
        type: 'ApprovalRequested',
        data: {
          ...sample.ApprovalRequested.data,
          approvals: sample.ApprovalRequested.data.approvals.slice(0, 1),
          reminder: true,
        },
      },
      'Reminded pm1@program.example to decide on the registration, with new links valid until July 10, 2026 at 9:00 a.m. EDT',
    ],
    [
      'a Frequency campaign on new customers',
      {
        type: 'CampaignPublished',
        data: { ...sample.CampaignPublished.data, terms: frequencyTerms({ metric: 'newCustomers' }) },
      },
      'Published the campaign New customers (new-logo), Frequency, on the number of new customers: sales count from July 1, 2026 at 12:00 a.m. EDT until October 1, 2026 at 12:00 a.m. EDT, registrations until September 15, 2026 at 12:00 a.m. EDT; T&Cs version 3f1a9c0b2d4e',
    ],
    [
      'a first wrong code (older streams)',
      {
        type: 'AccessCodeRedemptionFailed',
        data: { ...sample.AccessCodeRedemptionFailed.data, failedAttempts: 1 },
      },
      'Tried a wrong access code (1 wrong try on this code)',
    ],
    [
      'an expired code tried (older streams)',
      {
        type: 'AccessCodeRedemptionFailed',
        data: { ...sample.AccessCodeRedemptionFailed.data, reason: 'expired' },
      },
      'Tried an access code that had expired',
    ],
    [
      'a question on a line without its sale id',
      { type: 'InquiryRaised', data: { ...sample.InquiryRaised.data, saleId: undefined } },
      'Asked finance about a line of the statement for m365-upsell',
    ],
    [
      'a missing sale, named',
      { type: 'InquiryRaised', data: { ...sample.InquiryRaised.data, topic: 'missing-sale', saleId: 'S-4' } },
      'Told finance sale S-4 is missing from the statement for m365-upsell',
    ],
    [
      'a missing sale, unnamed',
      {
        type: 'InquiryRaised',
        data: { ...sample.InquiryRaised.data, topic: 'missing-sale', saleId: undefined },
      },
      'Told finance a sale is missing from the statement for m365-upsell',
    ],
    [
      'an inquiry declined, with finance’s note',
      {
        type: 'InquiryResolved',
        data: {
          ...sample.InquiryResolved.data,
          outcome: 'declined',
          adjustmentCents: undefined,
          note: 'Sold after the period',
        },
      },
      'Declined the inquiry: “Sold after the period”',
    ],
    [
      'an inquiry adjusted, the amount not recorded with it',
      { type: 'InquiryResolved', data: { ...sample.InquiryResolved.data, adjustmentCents: undefined } },
      'Resolved the inquiry with an adjustment',
    ],
    [
      'an adjustment to no sale in particular',
      {
        type: 'AdjustmentRecorded',
        data: { ...sample.AdjustmentRecorded.data, saleId: undefined, amountCents: 2_500 },
      },
      'Adjusted the payout by CAD\u00a025.00: “Credit note CN-1 was late”',
    ],
    [
      'a fraud flag about no sale (a free-mail sign-up)',
      {
        type: 'FraudFlagRaised',
        data: {
          ...sample.FraudFlagRaised.data,
          kind: 'free-mail-sign-up',
          saleIds: [],
          campaignId: undefined,
        },
      },
      'Raised a fraud flag: a sign-up with a free-mail contact address',
    ],
    [
      'a fraud flag confirmed',
      {
        type: 'FraudFlagReviewed',
        data: { ...sample.FraudFlagReviewed.data, verdict: 'confirmed', note: 'Same invoice twice' },
      },
      'Confirmed the fraud flag duplicate-claim:contoso:M365-E5:2026-07-03, which holds the partner’s payments: “Same invoice twice”',
    ],
  ])('says %s', (_, event, inEnglish) => {
    const [row] = historyRows(english, [
      recorded(event, { eventId: 'v1', at: '2026-07-03T13:00:00Z', actor: actors.dana }),
    ]);
    expect(row?.what).toBe(inEnglish);
  });

  it('reads events stored in an older version: a rejection before reasons were required, a reversal before credit notes', () => {
    const { reason: _, ...rejectionV1 } = sample.RegistrationRejected.data;
    const { reversalId: __, ...reversalV1 } = sample.SaleReversed.data;
    const stored = [
      recorded(
        { type: 'RegistrationRejected', data: rejectionV1 },
        { eventId: 'o1', at: '2026-07-03T13:00:00Z', actor: actors.approverByLink, schemaVersion: 1 },
      ),
      recorded(
        { type: 'SaleReversed', data: reversalV1 },
        { eventId: 'o2', at: '2026-07-03T13:00:00Z', actor: actors.salesSystem, schemaVersion: 1 },
      ),
    ];
    expect(historyRows(english, stored).map((row) => row.what)).toEqual([
      'Rejected the registration (no reason was recorded)',
      'Reversed 5 units of sale S-1 (no credit-note number)',
    ]);
    expect(historyRows(french, stored).map((row) => row.what)).toEqual([
      'Inscription refusée (aucun motif n’a été enregistré)',
      'Annulation de 5 unités de la vente S-1 (sans numéro de note de crédit)',
    ]);
  });

  it('still gives a row to an event it cannot read, saying so, with who, when and why', () => {
    const unknown = recorded(
      { type: 'SaleTeleported', data: {} },
      { eventId: 'x1', at: '2026-07-03T13:00:00Z', actor: actors.salesSystem, causationId: 'RqX=' },
    );
    expect(historyRows(english, [unknown])).toEqual([
      {
        eventId: 'x1',
        at: 'July 3, 2026 at 9:00 a.m. EDT',
        who: 'The sales system',
        what: 'An event this version of the program cannot read (SaleTeleported)',
        why: 'Request RqX=',
        type: 'SaleTeleported',
      },
    ]);
  });
});

// Messages come out ⟦…⟧ and values ⟪…⟫ (innermost first: a cause's sentence nests in its row's).
function wordsOutsideCatalogs(text: string): string[] {
  let rest = text.replace(/⟪[^⟪⟫]*⟫/g, ' ');
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest.split(/[\s\p{P}\p{S}]+/u).filter((word) => word !== '');
}
