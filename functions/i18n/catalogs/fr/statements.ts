import type { statements as en } from '../en/statements.js';

export const statements: Record<keyof typeof en, string> = {
  'statement.title': 'Relevé : {name}',
  'statement.notFound': 'Aucun relevé ici : la campagne n’existe pas, ou vous n’y êtes pas inscrit.',
  'statement.asOf': 'En date du {date}.',
  'statement.period': 'Les ventes comptent du {start} jusqu’au {end}.',
  'statement.download.pdf': 'Télécharger ce relevé (PDF)',
  'statement.download.csv': 'Télécharger ce relevé pour un tableur (CSV)',
  'statement.registration.pending':
    'Votre inscription attend son approbation. Les montants ci-dessous sont ce que l’approbation vous verserait : {amount}.',
  'statement.registration.rejected':
    'Votre inscription a été refusée : cette campagne ne vous verse rien. Les lignes ci-dessous montrent comment vos ventes auraient compté.',
  'statement.registration.expired':
    'Votre inscription n’a pas été décidée avant la fin de la campagne : cette campagne ne vous verse rien. Les lignes ci-dessous montrent comment vos ventes auraient compté.',
  'statement.next.title': 'Vos prochaines étapes',
  'statement.next.partnerMinimum.one':
    'Encore {n} unité admissible pour atteindre le minimum de {minimum} unités; vos ventes jusqu’ici vous rapporteraient alors {amount}.',
  'statement.next.partnerMinimum.other':
    'Encore {n} unités admissibles pour atteindre le minimum de {minimum} unités; vos ventes jusqu’ici vous rapporteraient alors {amount}.',
  'statement.next.tier.transactions.one':
    'Encore {n} vente pour atteindre le palier de {amount} ({threshold} ventes).',
  'statement.next.tier.transactions.other':
    'Encore {n} ventes pour atteindre le palier de {amount} ({threshold} ventes).',
  'statement.next.tier.newCustomers.one':
    'Encore {n} nouveau client pour atteindre le palier de {amount} ({threshold} nouveaux clients).',
  'statement.next.tier.newCustomers.other':
    'Encore {n} nouveaux clients pour atteindre le palier de {amount} ({threshold} nouveaux clients).',
  'statement.next.highestTier.transactions':
    'Vous avez atteint le palier le plus élevé : {threshold} ventes, {amount}. D’autres ventes ne l’augmentent pas.',
  'statement.next.highestTier.newCustomers':
    'Vous avez atteint le palier le plus élevé : {threshold} nouveaux clients, {amount}. D’autres nouveaux clients ne l’augmentent pas.',
  'statement.next.unitCap.one':
    'Encore {n} unité peut être payée avant le maximum de {maximum} unités par partenaire.',
  'statement.next.unitCap.other':
    'Encore {n} unités peuvent être payées avant le maximum de {maximum} unités par partenaire.',
  'statement.next.unitCapReached':
    'Vous avez atteint le maximum de {maximum} unités payées par partenaire : les unités suivantes ne rapportent rien.',
  'statement.next.payoutCap': 'Vous pouvez encore gagner {amount} avant le maximum de {cap} par partenaire.',
  'statement.next.payoutCapReached':
    'Vous avez atteint le maximum de {cap} par partenaire : les ventes suivantes ne rapportent rien de plus.',
  'statement.money.title': 'Où en est votre argent',
  'statement.money.caption': 'Ce que vous avez gagné, ce qui a été payé et ce qui reste',
  'statement.money.item': 'Élément',
  'statement.money.amount': 'Montant',
  'statement.totals.earned': 'Gagné sur vos ventes',
  'statement.totals.clawbacks': 'Compris ci-dessus : ventes annulées après votre dernier paiement',
  'statement.totals.adjustments': 'Ajustements à la suite de vos demandes',
  'statement.totals.total': 'Total',
  'statement.totals.paid': 'Payé jusqu’ici',
  'statement.totals.due': 'Reste à vous payer',
  'statement.totals.recover': 'Payé au-delà du total : à récupérer auprès de vous',
  'statement.status.not-closed': 'Pas encore clôturé',
  'statement.status.unprocessed': 'Clôturé, en attente du prochain cycle de paiement',
  'statement.status.scheduled': 'Paiement prévu',
  'statement.status.sent': 'Payé',
  'statement.status.nothing-due': 'Clôturé, rien à payer',
  'statement.payment.not-closed':
    'Ce relevé n’est pas encore clôturé : des ventes tardives et des annulations peuvent encore le modifier jusqu’à la fin de la campagne.',
  'statement.payment.unprocessed':
    'Clôturé le {date}. Le montant dû part avec le prochain cycle de paiement.',
  'statement.payment.scheduled': 'Un paiement de {amount} a été prévu le {date}; il est en route.',
  'statement.payment.sent': 'Clôturé le {date}, et payé.',
  'statement.payment.nothing-due': 'Clôturé le {date}. Rien n’est dû.',
  'statement.payment.sentOne': '{amount} envoyé le {date}, référence {reference}.',
  'statement.payment.sentTitle': 'Paiements envoyés',
  'statement.hold.title': 'Pourquoi votre paiement attend',
  'statement.hold.below-minimum-payout':
    'Il est sous le paiement minimum : il est reporté et versé avec votre prochain paiement qui atteint ce minimum.',
  'statement.hold.payment-profile-incomplete':
    'Il est retenu jusqu’à ce que vous donniez vos coordonnées de paiement.',
  'statement.hold.payment-profile-changed':
    'Il est retenu parce que vos coordonnées de paiement ont changé peu avant le cycle de paiement : les finances confirment le changement avec vous.',
  'statement.hold.fraud-flag-confirmed':
    'Il est retenu parce qu’une vérification de vos ventes a relevé un problème confirmé par les finances.',
  'statement.hold.giveDetails': 'Donner vos coordonnées de paiement',
  'statement.earned.title': 'Ventes qui ont rapporté',
  'statement.earned.titleCounted': 'Ventes qui comptent pour votre palier',
  'statement.earned.caption': 'Vos ventes qui ont rapporté, dans l’ordre où elles ont été faites',
  'statement.earned.none': 'Aucune de vos ventes n’a encore rapporté dans cette campagne.',
  'statement.excluded.title': 'Ventes qui n’ont rien rapporté',
  'statement.excluded.caption':
    'Vos ventes de la période de la campagne qui n’ont rien rapporté, et pourquoi',
  'statement.excluded.none': 'Toutes vos ventes de la période de la campagne comptent.',
  'statement.outside.title': 'Vos ventes hors de la période de cette campagne',
  'statement.outside.intro':
    'Cette campagne ne compte pas ces ventes : elles sont datées d’avant ou d’après sa période.',
  'statement.outside.caption': 'Vos ventes datées hors de la période de cette campagne',
  'statement.outside.before-period': 'Vendue avant le début de la période.',
  'statement.outside.after-period': 'Vendue après la fin de la période.',
  'statement.outside.elsewhere': 'Elle figure sur votre relevé de {list}.',
  'statement.outside.nowhere': 'Aucune des campagnes auxquelles vous êtes inscrit ne la compte.',
  'statement.outside.link': 'Votre relevé de {name}',
  'statement.adjustments.title': 'Ajustements',
  'statement.adjustments.caption': 'Ajustements faits par les finances à la suite de vos demandes',
  'statement.adjustments.noSale': 'Aucune vente en particulier',
  'statement.clawbacks.title': 'Annulé après votre dernier paiement',
  'statement.clawbacks.intro':
    'Ces ventes rapportent moins maintenant qu’au moment de votre dernier paiement. La différence est déjà retirée de ce que vous avez gagné ci-dessus.',
  'statement.clawbacks.caption': 'Ce qui rapporte moins qu’au moment de votre dernier paiement',
  'statement.clawbacks.wholeStatement': 'Le relevé dans son ensemble',
  'statement.clawback.units-reversed.one': '{n} unité a été annulée après le paiement.',
  'statement.clawback.units-reversed.other': '{n} unités ont été annulées après le paiement.',
  'statement.clawback.line-reversed': 'La vente a été annulée après le paiement et ne rapporte plus.',
  'statement.clawback.lower-tier-or-cap':
    'Moins de ventes comptent maintenant : un palier inférieur ou le plafond s’applique.',
  'statement.reason.licence-not-eligible': 'Son type de licence n’est pas admissible dans cette campagne.',
  'statement.reason.sku-not-eligible': 'Son SKU ne fait pas partie de cette campagne.',
  'statement.reason.fully-reversed': 'Toutes ses unités ont été annulées (retournées ou créditées).',
  'statement.reason.below-minimum-units': 'Elle compte moins d’unités nettes que le minimum par vente.',
  'statement.reason.below-partner-minimum':
    'Le total de vos unités admissibles est sous le minimum par partenaire.',
  'statement.reason.unit-cap-reached': 'Vos unités avaient déjà atteint le maximum payé par partenaire.',
  'statement.reason.existing-customer':
    'Le client vous a acheté pendant la période de référence : ce n’est pas un nouveau client.',
  'statement.reason.customer-already-counted': 'Ce client a déjà été compté une fois.',
  'statement.rate.perUnit': '{amount} par unité',
  'statement.rate.tier.transactions': 'Palier de {threshold} ventes : {amount}',
  'statement.rate.tier.newCustomers': 'Palier de {threshold} nouveaux clients : {amount}',
  'statement.rate.noTier': 'Compte pour un palier',
  'statement.counted': 'Comptée',
  'statement.ask': 'Poser une question sur cette ligne',
  'statement.ask.label': 'Poser une question sur cette ligne : vente {saleId}',
  'statement.col.kind': 'Ligne',
  'statement.col.sale': 'Vente',
  'statement.col.date': 'Vendue le',
  'statement.col.recordedOn': 'Inscrit le',
  'statement.col.customer': 'Client',
  'statement.col.sku': 'Produit (SKU)',
  'statement.col.units': 'Unités',
  'statement.col.rate': 'Taux',
  'statement.col.amount': 'Montant',
  'statement.col.reason': 'Pourquoi',
  'statement.col.where': 'Où elle compte',
  'statement.col.note': 'Note',
  'statement.col.question': 'Question',
  'statement.col.explanation': 'Explication',
  'statement.col.rateCad': 'Taux (CAD)',
  'statement.col.amountCad': 'Montant (CAD)',
  'statement.kind.earned': 'Gagné',
  'statement.kind.counted': 'Comptée',
  'statement.kind.excluded': 'N’a rien rapporté',
  'statement.kind.outside': 'Hors période',
  'statement.kind.adjustment': 'Ajustement',
  'statement.kind.clawback': 'Annulé après paiement',
  'statement.file.title': 'Relevé de paiement',
  'statement.file.documentTitle': 'Relevé de paiement : {name}, {companyName}',
  'statement.file.partner': 'Partenaire',
  'statement.file.partnerValue': '{companyName} (ID MPN {mpnId})',
  'statement.file.campaign': 'Campagne',
  'statement.file.campaignValue': '{name} ({campaignId})',
  'statement.file.period': 'Période',
  'statement.file.periodValue': 'du {start} jusqu’au {end}',
  'statement.file.asOf': 'En date du',
  'statement.file.registration': 'Inscription',
  'statement.file.payment': 'Paiement',
  'statement.file.totals': 'Totaux',
  'statement.file.unitsOf': '{units} × {sku}',
};
