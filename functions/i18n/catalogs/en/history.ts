/**
 * The staff console's history of a registration, a partner, a payout or a campaign: who did what,
 * when, and why. A sentence leaves out who did it (the row says so beside it).
 */
export const history = {
  'history.at.recordedLater': '{occurred} (recorded {recorded})',

  'history.who.person': '{person} ({role})',
  'history.who.partner': 'Partner {mpnId}',
  'history.who.somePartner': 'A partner',
  'history.who.finance': 'Finance',
  'history.who.approver': 'An approver',
  'history.who.program-admin': 'A program admin',
  'history.who.sales-system': 'The sales system',
  'history.who.system': 'The program (automatic)',
  'history.who.anonymous': 'Anyone (not signed in)',
  'history.who.unknownRole': 'Someone in the role “{role}”',
  'history.role.finance': 'finance',
  'history.role.approver': 'approver',
  'history.role.program-admin': 'program admin',
  'history.role.sales-system': 'sales system',

  'history.why.after': 'After: {what}',
  'history.why.request': 'Request {id}',
  'history.why.journeyStep': 'Step {step} of the partner journey {journey}',
  'history.why.event': 'Event {id}',

  'history.what.unreadable': 'An event this version of the program cannot read ({type})',
  'history.what.PartnerSignedUp':
    'Signed up {companyName} (MPN ID {mpnId}, {country}), contact {contactEmail}',
  'history.what.AccessCodeRequested': 'Asked for a new access code',
  'history.what.AccessCodeIssued': 'Issued an access code, valid until {expiresAt}',
  'history.what.AccessCodeIssued.requested':
    'Issued the new access code that was asked for, valid until {expiresAt}',
  'history.what.AccessCodeRedemptionFailed.wrong-code.one':
    'Tried a wrong access code ({n} wrong try on this code)',
  'history.what.AccessCodeRedemptionFailed.wrong-code.other':
    'Tried a wrong access code ({n} wrong tries on this code)',
  'history.what.AccessCodeRedemptionFailed.expired': 'Tried an access code that had expired',
  'history.what.AccessCodeLocked': 'Locked the access code after too many wrong tries',
  'history.what.PartnerActivated': 'Activated the partner at its first login',
  'history.what.PartnerSessionOpened': 'Logged in, for a session until {expiresAt}',
  'history.what.PartnerSessionClosed': 'Logged out',
  'history.what.CampaignPublished':
    'Published the campaign {name} ({campaignId}), {kind}: sales count from {start} until {end}, registrations until {deadline}; T&Cs version {terms}',
  'history.what.CampaignTermsRevised':
    'Revised the T&Cs of {campaignId}: partners who register from now on sign version {terms}',
  'history.what.RegistrationSubmitted':
    'Registered for {campaignId} with agreement number {agreementNumber}; {signerName} ({signerEmail}) signed the T&Cs version {terms}',
  'history.what.ApprovalRequested':
    'Asked {approvers} to decide on the registration, by links valid until {expiresAt}',
  'history.what.ApprovalRequested.reminder':
    'Reminded {approvers} to decide on the registration, with new links valid until {expiresAt}',
  'history.what.RegistrationApproved': 'Approved the registration',
  'history.what.RegistrationRejected': 'Rejected the registration: “{reason}”',
  'history.what.RegistrationRejected.noReason': 'Rejected the registration (no reason was recorded)',
  'history.what.RegistrationExpired':
    'Expired the registration: nobody decided on it before the campaign ended',
  'history.what.SaleRecorded':
    'Recorded sale {saleId} of partner {mpnId}: {quantity} × {sku} ({licenseType}) to customer {customerId}',
  'history.what.SaleReversed.one': 'Reversed {n} unit of sale {saleId} (credit note {reversalId})',
  'history.what.SaleReversed.other': 'Reversed {n} units of sale {saleId} (credit note {reversalId})',
  'history.what.SaleReversed.noCreditNote.one': 'Reversed {n} unit of sale {saleId} (no credit-note number)',
  'history.what.SaleReversed.noCreditNote.other':
    'Reversed {n} units of sale {saleId} (no credit-note number)',
  'history.what.PayoutComputed': 'Closed the statement at {amount}',
  'history.what.PayoutComputed.adjusted':
    'Closed the statement at {amount}: {earned} earned from sales and {adjustments} of adjustments',
  'history.what.PaymentScheduled': 'Scheduled a payment of {amount}',
  'history.what.PayoutIssued': 'Recorded a payment of {amount} as sent, reference {reference}',
  'history.what.AdjustmentRecorded': 'Adjusted the payout by {amount}: “{note}”',
  'history.what.AdjustmentRecorded.sale': 'Adjusted the payout by {amount} for sale {saleId}: “{note}”',
  'history.what.PaymentProfileUpdated':
    'Changed the payment details: legal name {legalName}, remittance email {remittanceEmail}, bank reference ending in {last4}',
  'history.what.FraudFlagRaised': 'Raised a fraud flag: {kind}',
  'history.what.FraudFlagRaised.sales.one': 'Raised a fraud flag: {kind} ({n} sale line)',
  'history.what.FraudFlagRaised.sales.other': 'Raised a fraud flag: {kind} ({n} sale lines)',
  'history.what.FraudFlagReviewed.cleared': 'Cleared the fraud flag {flagId}: “{note}”',
  'history.what.FraudFlagReviewed.confirmed':
    'Confirmed the fraud flag {flagId}, which holds the partner’s payments: “{note}”',
  'history.what.InquiryRaised.statement-line':
    'Asked finance about sale {saleId} on the statement for {campaignId}',
  'history.what.InquiryRaised.statement-line.noSale':
    'Asked finance about a line of the statement for {campaignId}',
  'history.what.InquiryRaised.missing-sale':
    'Told finance sale {saleId} is missing from the statement for {campaignId}',
  'history.what.InquiryRaised.missing-sale.noSale':
    'Told finance a sale is missing from the statement for {campaignId}',
  'history.what.InquiryAnswered': 'Answered the inquiry',
  'history.what.InquiryResolved.adjusted': 'Resolved the inquiry with an adjustment of {amount}',
  'history.what.InquiryResolved.adjusted.noAmount': 'Resolved the inquiry with an adjustment',
  'history.what.InquiryResolved.declined': 'Declined the inquiry: “{note}”',
  'history.what.NotificationSent': 'Emailed {recipient}: {email}',
  'history.what.StaffMemberAdded': 'Added {name} ({email}) to the staff, as {roles}',
  'history.what.StaffMemberChanged': 'Set the roles of {name} ({email}) to {roles}',
  'history.what.StaffMemberChanged.removed':
    'Took every role away from {name} ({email}): they can no longer sign in',
  'history.what.StaffSignedIn': 'Signed in to the staff console',
  'history.what.StaffSignedOut': 'Signed out of the staff console',
  'history.what.JourneyStepFailed':
    'Stopped the partner journey {journey} at step {step}, which failed after its retries: {error}',

  'history.campaignKind.dollarPerSku': 'Dollar per SKU',
  'history.campaignKind.transactions': 'Frequency, on the number of sales',
  'history.campaignKind.newCustomers': 'Frequency, on the number of new customers',

  'history.fraudKind.duplicate-claim': 'the same sale claimed by more than one partner',
  'history.fraudKind.tiny-sales-burst': 'a burst of small sales to one customer',
  'history.fraudKind.late-recorded-sale': 'a sale recorded long after the campaign ended',
  'history.fraudKind.free-mail-sign-up': 'a sign-up with a free-mail contact address',
  'history.fraudKind.payment-profile-changed': 'payment details changed shortly before a payment run',

  'history.email.access-code': 'the access code',
  'history.email.access-code-expired': 'the access code expired unused',
  'history.email.access-code-locked': 'the access code was locked',
  'history.email.approval-request': 'a registration to approve',
  'history.email.approval-reminder': 'a reminder of a registration to approve',
  'history.email.registration-decision': 'the decision on the registration',
  'history.email.registration-expired': 'the registration expired',
  'history.email.payout-statement': 'the payout statement',
  'history.email.journey-failure': 'a partner journey that failed',
  'history.email.inquiry-received': 'the inquiry was received',
  'history.email.inquiry-answered': 'finance’s answer to the inquiry',
  'history.email.inquiry-resolved': 'the inquiry was resolved',
  'history.email.payment-profile-changed': 'the payment details changed',
} as const;
