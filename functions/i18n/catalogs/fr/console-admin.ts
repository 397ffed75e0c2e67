import type { consoleAdmin as en } from '../en/console-admin.js';

export const consoleAdmin: Record<keyof typeof en, string> = {
  'admin.campaigns.title': 'Campagnes',
  'admin.campaigns.intro':
    'Toutes les campagnes publiées, de la période la plus récente à la plus ancienne, avec leur état et celui de leurs inscriptions.',
  'admin.campaigns.new': 'Publier une nouvelle campagne',
  'admin.campaigns.none': 'Aucune campagne n’est encore publiée.',
  'admin.campaigns.caption': 'Campagnes publiées',
  'admin.campaigns.col.name': 'Campagne',
  'admin.campaigns.col.kind': 'Type',
  'admin.campaigns.col.period': 'Période des ventes',
  'admin.campaigns.col.deadline': 'Date limite d’inscription',
  'admin.campaigns.col.phase': 'État',
  'admin.campaigns.col.registrations': 'Inscriptions',
  'admin.campaigns.period': 'Du {start} au {end}',
  'admin.campaigns.noRegistrations': 'Aucune pour l’instant',
  'admin.count.pending-approval.one': '{n} en attente d’approbation',
  'admin.count.pending-approval.other': '{n} en attente d’approbation',
  'admin.count.approved.one': '{n} approuvée',
  'admin.count.approved.other': '{n} approuvées',
  'admin.count.rejected.one': '{n} refusée',
  'admin.count.rejected.other': '{n} refusées',
  'admin.count.expired.one': '{n} expirée',
  'admin.count.expired.other': '{n} expirées',
  'admin.phase.announced': 'Annoncée',
  'admin.phase.open': 'Ouverte aux inscriptions',
  'admin.phase.running': 'En cours',
  'admin.phase.ended': 'Terminée',
  'admin.phase.announced.detail':
    'Annoncée\u00a0: les inscriptions ont pris fin le {deadline}, et les ventes comptent à partir du {start}.',
  'admin.phase.open.detail':
    'Ouverte aux inscriptions jusqu’au {deadline}; les ventes comptent du {start} jusqu’au {end}.',
  'admin.phase.running.detail':
    'En cours\u00a0: les inscriptions ont pris fin le {deadline}, et les ventes comptent jusqu’au {end}.',
  'admin.phase.ended.detail': 'Terminée\u00a0: les ventes ont cessé de compter le {end}.',
  'admin.campaign.id': 'Identifiant de la campagne',
  'admin.campaign.publishedAt': 'Publiée le',
  'admin.campaign.termsVersion': 'Version actuelle des conditions',
  'admin.campaign.published': 'Vous avez publié cette campagne le {date}.',
  'admin.campaign.revised':
    'Vous avez révisé ses conditions générales le {date}\u00a0: les partenaires qui s’inscrivent désormais signent la version {version}.',
  'admin.campaign.notFound': 'Aucune campagne publiée ne se trouve à cette adresse.',
  'admin.campaign.registrations': 'Inscriptions',
  'admin.campaign.registrations.caption':
    'Inscriptions à cette campagne, de la plus ancienne à la plus récente',
  'admin.campaign.noRegistrations': 'Aucun partenaire ne s’est encore inscrit à cette campagne.',
  'admin.campaign.rules': 'Ses règles, telles que les partenaires les lisent',
  'admin.registration.partner': 'Partenaire',
  'admin.registration.status': 'État',
  'admin.registration.submitted': 'Soumise le',
  'admin.registration.decidedCol': 'Décision',
  'admin.registration.decided': 'Le {date}, par {who}',
  'admin.registration.person': '{name} ({email})',
  'admin.registration.reason': 'Motif donné',
  'admin.registration.historyCol': 'Historique',
  'admin.registration.history': 'Ce qui s’est passé',
  'admin.terms.revise': 'Réviser les conditions générales',
  'admin.terms.revise.intro':
    'Les règles d’une campagne publiée ne changent jamais; ses conditions générales, oui. Les partenaires déjà inscrits gardent la version qu’ils ont signée; ceux qui s’inscrivent désormais signent la nouvelle.',
  'admin.terms.newText': 'Nouveau texte des conditions générales',
  'admin.terms.revise.submit': 'Publier cette révision',
  'admin.terms.unchanged': 'C’est déjà le texte en vigueur. Modifiez-le pour publier une révision.',
  'admin.new.title': 'Publier une campagne',
  'admin.new.intro':
    'Remplissez la campagne, puis prévisualisez-la\u00a0: vous la lirez comme les partenaires la liront avant de la publier. Une fois publiée, ses règles ne changent plus.',
  'admin.new.idTaken':
    'Une campagne portant cet identifiant est déjà publiée avec d’autres règles, qui ne changent jamais. Choisissez un autre identifiant.',
  'admin.form.group.campaign': 'La campagne',
  'admin.form.group.when': 'Quand',
  'admin.form.group.dollarPerSku': 'Un montant pour chaque unité vendue',
  'admin.form.group.frequency': 'Une prime selon le nombre de ventes ou de nouveaux clients',
  'admin.form.group.onlyThisKind': 'Seulement pour une campagne de ce type\u00a0: sinon, laissez vide.',
  'admin.form.group.limits': 'Ce qui compte, et les limites',
  'admin.form.group.terms': 'Conditions générales',
  'admin.form.campaignId': 'Identifiant de la campagne',
  'admin.form.campaignId.hint':
    'Lettres minuscules, chiffres et traits d’union simples, par exemple m365-e5-upsell-fy27q1. Il figure dans les liens et ne change jamais.',
  'admin.form.campaignId.invalid':
    'Entrez un identifiant fait de lettres minuscules, de chiffres et de traits d’union simples (64 caractères au plus), par exemple m365-e5-upsell-fy27q1.',
  'admin.form.name': 'Nom que lisent les partenaires',
  'admin.form.name.invalid': 'Entrez le nom de la campagne, sur une ligne (200 caractères au plus).',
  'admin.form.type': 'Type de campagne',
  'admin.form.type.dollarPerSku': 'Par SKU\u00a0: par unité vendue',
  'admin.form.type.frequency': 'Fréquence\u00a0: une prime par palier',
  'admin.form.type.invalid': 'Choisissez le type de campagne.',
  'admin.form.when.hint': 'Les dates et les heures sont celles du fuseau {zone}.',
  'admin.form.when.invalid': 'Entrez une date et une heure, par exemple 2026-07-01 00:00.',
  'admin.form.periodStart': 'Les ventes comptent à partir du',
  'admin.form.periodStart.hint': 'Le premier moment où une vente compte.',
  'admin.form.periodEnd': 'Les ventes comptent jusqu’au',
  'admin.form.periodEnd.hint': 'À partir de ce moment, les ventes ne comptent plus.',
  'admin.form.periodEnd.beforeStart': 'La période doit se terminer après son début.',
  'admin.form.registrationDeadline': 'Date limite d’inscription',
  'admin.form.registrationDeadline.hint':
    'Les partenaires peuvent s’inscrire jusqu’à ce moment inclusivement; il ne peut pas être après la fin de la période.',
  'admin.form.registrationDeadline.afterEnd':
    'La date limite d’inscription ne peut pas être après la fin de la période.',
  'admin.form.rateCard': 'Grille des montants',
  'admin.form.rateCard.hint':
    'Un SKU par ligne, suivi du montant par unité en dollars, par exemple M365-E5 40,00.',
  'admin.form.rateCard.line':
    'Ligne {line}, «\u00a0{text}\u00a0»\u00a0: écrivez un SKU, une espace, puis le montant par unité en dollars, par exemple M365-E5 40,00.',
  'admin.form.rateCard.sku':
    'Ligne {line}, «\u00a0{text}\u00a0»\u00a0: un SKU est fait de lettres, de chiffres et de . _ - (64 caractères au plus).',
  'admin.form.rateCard.empty': 'Inscrivez au moins un SKU avec son montant.',
  'admin.form.rateCard.tooMany': 'Inscrivez au plus 1\u00a0000 SKU.',
  'admin.form.rateCard.twice': 'Inscrivez chaque SKU une seule fois.',
  'admin.form.maxUnitsPerPartner': 'Nombre maximal d’unités payées par partenaire',
  'admin.form.maxUnitsPerPartner.hint':
    'Les unités au-delà de ce nombre ne sont pas payées. Laissez vide pour ne fixer aucune limite.',
  'admin.form.maxUnitsPerPartner.invalid':
    'Entrez un nombre entier d’unités, ou laissez vide pour ne fixer aucune limite.',
  'admin.form.metric': 'Les paliers comptent',
  'admin.form.metric.transactions': 'Les ventes (chaque ligne de vente compte)',
  'admin.form.metric.newCustomers': 'Les nouveaux clients (chaque client nouveau pour le partenaire compte)',
  'admin.form.metric.invalid': 'Choisissez ce que comptent les paliers.',
  'admin.form.eligibleSkus': 'SKU dont les ventes comptent',
  'admin.form.eligibleSkus.hint':
    'Séparés par des espaces, des virgules ou des sauts de ligne, par exemple M365-BP M365-E3.',
  'admin.form.eligibleSkus.sku':
    '«\u00a0{sku}\u00a0» n’est pas un SKU\u00a0: utilisez des lettres, des chiffres et . _ - (64 caractères au plus).',
  'admin.form.eligibleSkus.empty': 'Inscrivez au moins un SKU.',
  'admin.form.eligibleSkus.tooMany': 'Inscrivez au plus 1\u00a0000 SKU.',
  'admin.form.eligibleSkus.twice': 'Inscrivez chaque SKU une seule fois.',
  'admin.form.tiers': 'Paliers',
  'admin.form.tiers.hint':
    'Un palier par ligne\u00a0: le nombre à atteindre, puis la prime en dollars, par exemple 5 500,00. Le palier le plus élevé atteint est payé.',
  'admin.form.tiers.line':
    'Ligne {line}, «\u00a0{text}\u00a0»\u00a0: écrivez le nombre à atteindre (1 ou plus), une espace, puis la prime en dollars, par exemple 5 500,00.',
  'admin.form.tiers.empty': 'Inscrivez au moins un palier.',
  'admin.form.tiers.tooMany': 'Inscrivez au plus 100 paliers.',
  'admin.form.tiers.twice': 'Donnez chaque nombre à atteindre une seule fois.',
  'admin.form.tiers.lessForMore': 'Un palier plus élevé ne peut pas payer moins qu’un palier inférieur.',
  'admin.form.newCustomerLookbackDays': 'Jours examinés pour les nouveaux clients',
  'admin.form.newCustomerLookbackDays.hint':
    'Pour les nouveaux clients\u00a0: un client qui a acheté dans ce nombre de jours avant la période n’est pas nouveau. Laissez vide pour 365.',
  'admin.form.newCustomerLookbackDays.invalid':
    'Entrez un nombre entier de jours de 0 à 3\u00a0650, ou laissez vide.',
  'admin.form.eligibleLicenseTypes': 'Programmes de licences admissibles',
  'admin.form.eligibleLicenseTypes.hint':
    'Séparés par des espaces ou des virgules, par exemple Open OpenValue. Laissez vide pour les admettre tous.',
  'admin.form.eligibleLicenseTypes.invalid':
    'Écrivez les programmes de licences avec des lettres, des chiffres et . _ - (50 au plus), ou laissez vide.',
  'admin.form.minUnitsPerSale': 'Nombre minimal d’unités par vente',
  'admin.form.minUnitsPerSale.hint':
    'Une ligne de vente de moins d’unités ne rapporte rien. Laissez vide pour 1.',
  'admin.form.minUnitsPerSale.invalid': 'Entrez un nombre entier d’unités, ou laissez vide.',
  'admin.form.minUnitsPerPartner': 'Nombre minimal d’unités par partenaire',
  'admin.form.minUnitsPerPartner.hint':
    'En deçà de ce nombre d’unités comptées au total, un partenaire ne gagne rien. Laissez vide pour n’en exiger aucun.',
  'admin.form.minUnitsPerPartner.invalid': 'Entrez un nombre entier d’unités, ou laissez vide.',
  'admin.form.maxPayout': 'Montant maximal par partenaire, en dollars (CAD)',
  'admin.form.maxPayout.hint': 'Par exemple 50000,00. Laissez vide pour ne fixer aucun plafond.',
  'admin.form.maxPayout.invalid':
    'Entrez un montant en dollars, par exemple 50000,00, ou laissez vide pour ne fixer aucun plafond.',
  'admin.form.termsText': 'Texte des conditions générales',
  'admin.form.termsText.hint':
    'Le texte exact que les partenaires lisent, téléchargent et signent. Toute modification ultérieure en fait une nouvelle version.',
  'admin.form.termsText.invalid':
    'Entrez le texte des conditions générales (200\u00a0000 octets au plus), sans caractères de contrôle autres que les sauts de ligne.',
  'admin.form.problem': 'La campagne n’a pas pu être lue. Vérifiez chaque champ et réessayez.',
  'admin.form.preview': 'Prévisualiser',
  'admin.preview.title': 'Aperçu de {name}',
  'admin.preview.intro':
    'Rien n’est encore publié. Lisez la campagne comme les partenaires la liront, puis publiez-la, ou modifiez-la plus bas et prévisualisez-la de nouveau.',
  'admin.preview.asPartnersRead': 'Ce que les partenaires liront',
  'admin.preview.in.en': 'En anglais',
  'admin.preview.in.fr': 'En français',
  'admin.preview.publishTitle': 'La publier',
  'admin.preview.publishWarning':
    'La publication enregistre la campagne à votre nom, exactement comme dans l’aperçu ci-dessus. Les partenaires peuvent s’y inscrire aussitôt, et ses règles ne changent plus par la suite; seules ses conditions générales peuvent être révisées.',
  'admin.preview.publish': 'Publier',
  'admin.preview.change': 'La modifier',
  'admin.staff.title': 'Personnel',
  'admin.staff.intro':
    'Les personnes qui gèrent le programme et ce que chacune peut faire. Ajouter une personne l’invite à se connecter; lui retirer tous ses rôles la retire du personnel. Chaque changement est enregistré à votre nom.',
  'admin.staff.people': 'Le personnel',
  'admin.staff.hasRoles': 'Rôles\u00a0: {roles}.',
  'admin.staff.noRole': 'aucun (ne peut pas se connecter)',
  'admin.staff.rolesOf': 'Rôles de {name}',
  'admin.staff.change.submit': 'Enregistrer les rôles',
  'admin.staff.role.program-admin':
    'Administration du programme\u00a0: publie les campagnes et gère le personnel',
  'admin.staff.role.approver': 'Approbation\u00a0: décide des inscriptions',
  'admin.staff.role.finance': 'Finances\u00a0: paie les partenaires et répond à leurs demandes',
  'admin.staff.add': 'Ajouter une personne',
  'admin.staff.add.intro':
    'Le service d’identité lui envoie par courriel une invitation avec un mot de passe temporaire; elle configure son application d’authentification à sa première connexion.',
  'admin.staff.email': 'Adresse courriel',
  'admin.staff.email.invalid': 'Entrez une adresse courriel, par exemple nom@programme.example.',
  'admin.staff.name': 'Nom',
  'admin.staff.name.invalid': 'Entrez son nom, sur une ligne (200 caractères au plus).',
  'admin.staff.roles': 'Rôles',
  'admin.staff.add.submit': 'Ajouter au personnel',
  'admin.staff.already':
    '{email} fait déjà partie du personnel\u00a0: modifiez ses rôles dans la liste ci-dessus.',
  'admin.staff.noRoles': 'Donnez au moins un rôle.',
  'admin.staff.ownAdminRole':
    'Vous ne pouvez pas vous retirer votre propre rôle d’administration du programme. Un autre administrateur peut le faire.',
  'admin.staff.notFound': '{email} ne figure pas dans le répertoire du personnel.',
  'admin.staff.saved': '{name} ({email}) a maintenant ces rôles\u00a0: {roles}.',
  'admin.staff.savedWithout': '{name} ({email}) n’a maintenant aucun rôle et ne peut plus se connecter.',
};
