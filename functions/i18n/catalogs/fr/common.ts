import type { common as en } from '../en/common.js';

export const common: Record<keyof typeof en, string> = {
  'program.name': 'Incitatifs de vente pour partenaires',
  'layout.title': '{page} · {program}',
  'layout.skip': 'Aller au contenu',
  'layout.nav.label': 'Portail',
  'layout.nav.dashboard': 'Tableau de bord',
  'layout.nav.campaigns': 'Campagnes',
  'layout.nav.inquiries': 'Demandes',
  'layout.nav.payment': 'Coordonnées de paiement',
  'layout.signedInAs': 'ID MPN {mpnId}',
  'layout.logOut': 'Se déconnecter',
  'layout.language.label': 'Langue',
  'layout.language.switch': 'English',
  'layout.footer':
    'Des questions sur le programme? Posez-les depuis votre relevé, ou écrivez à l’équipe du programme.',
  'form.required': 'Obligatoire',
  'form.errors.title': 'Certains champs demandent votre attention',
  'page.expired.title': 'Ce formulaire a expiré',
  'page.expired.text':
    'Pour votre sécurité, un formulaire ne fonctionne que pendant un certain temps et seulement depuis ce site. Revenez en arrière, rechargez la page et envoyez-le de nouveau.',
  'page.notFound.title': 'Page introuvable',
  'page.notFound.text':
    'Aucune page ne se trouve à cette adresse. Elle a peut-être été déplacée, ou le lien est incomplet.',
  'page.notFound.home': 'Aller au portail',
  'page.error.title': 'Un problème est survenu',
  'page.error.text':
    'La page n’a pas pu être affichée. Rien de ce que vous avez envoyé n’est perdu; réessayez dans un instant.',
  'page.continue.title': 'Ouverture de la page',
  'page.continue.link': 'Continuer vers la page',
  'tooMany.minutes.one': 'Trop d’essais. Réessayez dans {n} minute.',
  'tooMany.minutes.other': 'Trop d’essais. Réessayez dans {n} minutes.',
  'language.en': 'English',
  'language.fr': 'Français',
  'timeZone.America/St_Johns': 'Heure de Terre-Neuve (St. John’s)',
  'timeZone.America/Halifax': 'Heure de l’Atlantique (Halifax)',
  'timeZone.America/Toronto': 'Heure de l’Est (Toronto, Ottawa, Montréal)',
  'timeZone.America/Winnipeg': 'Heure du Centre (Winnipeg)',
  'timeZone.America/Regina': 'Heure normale du Centre (Regina, Saskatchewan)',
  'timeZone.America/Edmonton': 'Heure des Rocheuses (Edmonton, Calgary)',
  'timeZone.America/Vancouver': 'Heure du Pacifique (Vancouver)',
  'timeZone.America/Whitehorse': 'Heure du Yukon (Whitehorse)',
};
