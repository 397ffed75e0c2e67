import type { history as en } from '../en/history.js';

// Un journal se lit en phrases nominales (« Inscription approuvée ») : la colonne d’à côté dit qui.
export const history: Record<keyof typeof en, string> = {
  'history.at.recordedLater': '{occurred} (enregistré le {recorded})',

  'history.who.person': '{person} ({role})',
  'history.who.partner': 'Partenaire {mpnId}',
  'history.who.somePartner': 'Un partenaire',
  'history.who.finance': 'Les finances',
  'history.who.approver': 'Une personne responsable des approbations',
  'history.who.program-admin': 'L’administration du programme',
  'history.who.sales-system': 'Le système de ventes',
  'history.who.system': 'Le programme (automatique)',
  'history.who.anonymous': 'Une personne non connectée',
  'history.who.unknownRole': 'Une personne au rôle «\u00a0{role}\u00a0»',
  'history.role.finance': 'finances',
  'history.role.approver': 'approbations',
  'history.role.program-admin': 'administration du programme',
  'history.role.sales-system': 'système de ventes',

  'history.why.after': 'Après : {what}',
  'history.why.request': 'Requête {id}',
  'history.why.journeyStep': 'Étape {step} du parcours de partenaire {journey}',
  'history.why.event': 'Événement {id}',

  'history.what.unreadable': 'Événement que cette version du programme ne peut pas lire ({type})',
  'history.what.PartnerSignedUp':
    'Adhésion au programme de {companyName} (ID MPN {mpnId}, {country}), personne-ressource {contactEmail}',
  'history.what.AccessCodeRequested': 'Nouveau code d’accès demandé',
  'history.what.AccessCodeIssued': 'Code d’accès émis, valide jusqu’au {expiresAt}',
  'history.what.AccessCodeIssued.requested':
    'Nouveau code d’accès émis sur demande, valide jusqu’au {expiresAt}',
  'history.what.AccessCodeRedemptionFailed.wrong-code.one':
    'Essai d’un code d’accès erroné ({n} essai erroné pour ce code)',
  'history.what.AccessCodeRedemptionFailed.wrong-code.other':
    'Essai d’un code d’accès erroné ({n} essais erronés pour ce code)',
  'history.what.AccessCodeRedemptionFailed.expired': 'Essai d’un code d’accès expiré',
  'history.what.AccessCodeLocked': 'Code d’accès bloqué après trop d’essais erronés',
  'history.what.PartnerActivated': 'Partenaire activé à sa première connexion',
  'history.what.PartnerSessionOpened': 'Connexion, pour une session valide jusqu’au {expiresAt}',
  'history.what.PartnerSessionClosed': 'Déconnexion',
  'history.what.CampaignPublished':
    'Publication de la campagne {name} ({campaignId}), {kind} : les ventes comptent du {start} jusqu’au {end}, inscriptions jusqu’au {deadline}; version des modalités {terms}',
  'history.what.CampaignTermsRevised':
    'Révision des modalités de {campaignId} : les partenaires qui s’inscrivent désormais signent la version {terms}',
  'history.what.RegistrationSubmitted':
    'Inscription à {campaignId} avec le numéro de contrat {agreementNumber}; modalités (version {terms}) signées par {signerName} ({signerEmail})',
  'history.what.ApprovalRequested':
    'Décision sur l’inscription demandée à {approvers}, par des liens valides jusqu’au {expiresAt}',
  'history.what.ApprovalRequested.reminder':
    'Rappel à {approvers} de décider de l’inscription, avec de nouveaux liens valides jusqu’au {expiresAt}',
  'history.what.RegistrationApproved': 'Inscription approuvée',
  'history.what.RegistrationRejected': 'Inscription refusée : «\u00a0{reason}\u00a0»',
  'history.what.RegistrationRejected.noReason': 'Inscription refusée (aucun motif n’a été enregistré)',
  'history.what.RegistrationExpired': 'Inscription expirée : personne n’a décidé avant la fin de la campagne',
  'history.what.SaleRecorded':
    'Vente {saleId} du partenaire {mpnId} enregistrée : {quantity} × {sku} ({licenseType}) au client {customerId}',
  'history.what.SaleReversed.one':
    'Annulation de {n} unité de la vente {saleId} (note de crédit {reversalId})',
  'history.what.SaleReversed.other':
    'Annulation de {n} unités de la vente {saleId} (note de crédit {reversalId})',
  'history.what.SaleReversed.noCreditNote.one':
    'Annulation de {n} unité de la vente {saleId} (sans numéro de note de crédit)',
  'history.what.SaleReversed.noCreditNote.other':
    'Annulation de {n} unités de la vente {saleId} (sans numéro de note de crédit)',
  'history.what.PayoutComputed': 'Relevé clôturé à {amount}',
  'history.what.PayoutComputed.adjusted':
    'Relevé clôturé à {amount} : {earned} gagnés sur les ventes et {adjustments} d’ajustements',
  'history.what.PaymentScheduled': 'Paiement de {amount} prévu',
  'history.what.PayoutIssued': 'Paiement de {amount} inscrit comme envoyé, référence {reference}',
  'history.what.AdjustmentRecorded': 'Ajustement de {amount} au paiement : «\u00a0{note}\u00a0»',
  'history.what.AdjustmentRecorded.sale':
    'Ajustement de {amount} au paiement pour la vente {saleId} : «\u00a0{note}\u00a0»',
  'history.what.PaymentProfileUpdated':
    'Coordonnées de paiement modifiées : raison sociale {legalName}, courriel de versement {remittanceEmail}, référence bancaire se terminant par {last4}',
  'history.what.FraudFlagRaised': 'Alerte de fraude émise : {kind}',
  'history.what.FraudFlagRaised.sales.one': 'Alerte de fraude émise : {kind} ({n} ligne de vente)',
  'history.what.FraudFlagRaised.sales.other': 'Alerte de fraude émise : {kind} ({n} lignes de vente)',
  'history.what.FraudFlagReviewed.cleared': 'Alerte de fraude {flagId} levée : «\u00a0{note}\u00a0»',
  'history.what.FraudFlagReviewed.confirmed':
    'Alerte de fraude {flagId} confirmée, ce qui retient les paiements du partenaire : «\u00a0{note}\u00a0»',
  'history.what.InquiryRaised.statement-line':
    'Question aux finances sur la vente {saleId} du relevé de {campaignId}',
  'history.what.InquiryRaised.statement-line.noSale':
    'Question aux finances sur une ligne du relevé de {campaignId}',
  'history.what.InquiryRaised.missing-sale':
    'Vente {saleId} absente du relevé de {campaignId} signalée aux finances',
  'history.what.InquiryRaised.missing-sale.noSale':
    'Vente absente du relevé de {campaignId} signalée aux finances',
  'history.what.InquiryAnswered': 'Réponse à la demande',
  'history.what.InquiryResolved.adjusted': 'Demande réglée par un ajustement de {amount}',
  'history.what.InquiryResolved.adjusted.noAmount': 'Demande réglée par un ajustement',
  'history.what.InquiryResolved.declined': 'Demande refusée : «\u00a0{note}\u00a0»',
  'history.what.NotificationSent': 'Courriel envoyé à {recipient} : {email}',
  'history.what.StaffMemberAdded': '{name} ({email}) ajouté au personnel, pour {roles}',
  'history.what.StaffMemberChanged': 'Rôles de {name} ({email}) changés pour {roles}',
  'history.what.StaffMemberChanged.removed':
    'Tous les rôles retirés à {name} ({email}) : la personne ne peut plus se connecter',
  'history.what.StaffSignedIn': 'Connexion à la console du personnel',
  'history.what.StaffSignedOut': 'Déconnexion de la console du personnel',
  'history.what.JourneyStepFailed':
    'Parcours de partenaire {journey} arrêté à l’étape {step}, qui a échoué après ses nouvelles tentatives : {error}',

  'history.campaignKind.dollarPerSku': 'Dollars par SKU',
  'history.campaignKind.transactions': 'Fréquence, selon le nombre de ventes',
  'history.campaignKind.newCustomers': 'Fréquence, selon le nombre de nouveaux clients',

  'history.fraudKind.duplicate-claim': 'la même vente réclamée par plus d’un partenaire',
  'history.fraudKind.tiny-sales-burst': 'une rafale de petites ventes à un même client',
  'history.fraudKind.late-recorded-sale': 'une vente enregistrée longtemps après la fin de la campagne',
  'history.fraudKind.free-mail-sign-up': 'une adhésion faite avec une adresse de messagerie gratuite',
  'history.fraudKind.payment-profile-changed':
    'des coordonnées de paiement modifiées peu avant un cycle de paiement',

  'history.email.access-code': 'le code d’accès',
  'history.email.access-code-expired': 'le code d’accès a expiré sans avoir servi',
  'history.email.access-code-locked': 'le code d’accès a été bloqué',
  'history.email.approval-request': 'une inscription à approuver',
  'history.email.approval-reminder': 'le rappel d’une inscription à approuver',
  'history.email.registration-decision': 'la décision sur l’inscription',
  'history.email.registration-expired': 'l’inscription a expiré',
  'history.email.payout-statement': 'le relevé de paiement',
  'history.email.journey-failure': 'un parcours de partenaire qui a échoué',
  'history.email.inquiry-received': 'la demande a été reçue',
  'history.email.inquiry-answered': 'la réponse des finances à la demande',
  'history.email.inquiry-resolved': 'la demande a été réglée',
  'history.email.payment-profile-changed': 'les coordonnées de paiement ont été modifiées',
};
