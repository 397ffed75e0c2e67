import type { payment as en } from '../en/payment.js';

export const payment: Record<keyof typeof en, string> = {
  'payment.title': 'Coordonnées de paiement',
  'payment.onFile': 'Au dossier',
  'payment.none':
    'Vous n’avez pas encore donné vos coordonnées de paiement. Vos paiements attendent que vous le fassiez.',
  'payment.legalName': 'Raison sociale de votre entreprise',
  'payment.legalName.invalid':
    'Entrez la raison sociale de votre entreprise, sur une ligne (200 caractères au plus).',
  'payment.remittanceEmail': 'Adresse courriel pour les avis de paiement',
  'payment.remittanceEmail.hint': 'Les avis de paiement sont envoyés à cette adresse.',
  'payment.remittanceEmail.invalid': 'Entrez une adresse courriel, par exemple comptes@entreprise.ca.',
  'payment.bankReference': 'Référence bancaire',
  'payment.bankReference.masked': 'Se terminant par {last4}',
  'payment.bankReference.hint':
    'Votre référence de bénéficiaire dans le système de paiement, par exemple NW-PAYEE-7 : de 4 à 64 lettres, chiffres, - et _, commençant par une lettre. Jamais un numéro de compte bancaire, de carte ou d’IBAN : six chiffres ou plus à la suite (même séparés par des espaces, des tirets ou une seule lettre) sont refusés.',
  'payment.bankReference.invalid':
    'Entrez votre référence de bénéficiaire : de 4 à 64 lettres, chiffres, - et _, commençant par une lettre, par exemple NW-PAYEE-7.',
  'payment.bankReference.account-or-card-number':
    'Ceci ressemble à un numéro de compte bancaire ou de carte (six chiffres ou plus à la suite, même coupés par des espaces, des tirets ou une seule lettre). Entrez plutôt votre référence de bénéficiaire dans le système de paiement, par exemple NW-PAYEE-7.',
  'payment.bankReference.iban':
    'Ceci ressemble à un IBAN. Entrez plutôt votre référence de bénéficiaire dans le système de paiement, par exemple NW-PAYEE-7.',
  'payment.updatedAt': 'Dernière modification',
  'payment.form.give': 'Donner vos coordonnées de paiement',
  'payment.form.change': 'Modifier vos coordonnées de paiement',
  'payment.form.retype':
    'Pour votre sécurité, nous n’affichons que la fin de votre référence bancaire : tapez-la au complet, modifiée ou non.',
  'payment.submit': 'Enregistrer les coordonnées de paiement',
  'payment.saved.first': 'Vos coordonnées de paiement sont enregistrées.',
  'payment.saved.unchanged': 'Ce sont déjà vos coordonnées de paiement : rien n’a changé.',
  'payment.saved.changed':
    'Vos coordonnées de paiement sont modifiées. Nous avons envoyé un courriel à votre adresse de contact et aux adresses pour les avis de paiement d’avant et d’après la modification.',
  'payment.saved.hold':
    'Pour votre sécurité, les paiements préparés moins de {period} après une modification sont retenus jusqu’à ce que les finances aient vérifié la modification avec vous.',
  'payment.period.days.one': '{n} jour',
  'payment.period.days.other': '{n} jours',
  'payment.period.hours.one': '{n} heure',
  'payment.period.hours.other': '{n} heures',
};
