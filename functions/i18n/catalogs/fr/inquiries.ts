import type { inquiries as en } from '../en/inquiries.js';

export const inquiries: Record<keyof typeof en, string> = {
  'inquiries.title': 'Vos demandes',
  'inquiries.intro': 'Les questions que vous avez posées aux finances sur vos relevés, avec leurs réponses.',
  'inquiries.raise': 'Faire une demande',
  'inquiries.none': 'Vous n’avez encore fait aucune demande.',
  'inquiries.how':
    'Pour poser une question sur une ligne d’un relevé, ouvrez le relevé depuis votre tableau de bord et suivez le lien à côté de la ligne : la campagne et la vente sont remplies pour vous. Pour signaler une vente absente d’un relevé, faites une demande ici.',
  'inquiries.caption': 'Vos demandes, les plus récentes en premier',
  'inquiries.lastAnswer': 'Dernière réponse',
  'inquiries.notAnswered': 'Pas encore',
  'inquiries.link': 'Demande du {date} sur {campaign}',
  'inquiry.campaign': 'Campagne',
  'inquiry.sale': 'Vente',
  'inquiry.topic': 'Objet',
  'inquiry.status': 'État',
  'inquiry.raisedOn': 'Faite le',
  'inquiry.topic.statement-line': 'Une ligne de mon relevé',
  'inquiry.topic.missing-sale': 'Une vente absente de mon relevé',
  'inquiry.status.open': 'En attente des finances',
  'inquiry.status.answered': 'Répondue',
  'inquiry.status.adjusted': 'Réglée par un ajustement',
  'inquiry.status.declined': 'Réglée : refusée',
  'inquiry.title': 'Demande sur {campaign}',
  'inquiry.notFound': 'Cette demande n’existe pas, ou n’est pas l’une des vôtres.',
  'inquiry.raised':
    'Votre demande est entre les mains des finances. Nous vous en avons envoyé une copie par courriel, et nous vous écrirons de nouveau quand les finances répondront.',
  'inquiry.question': 'Votre question',
  'inquiry.answers': 'Réponses des finances',
  'inquiry.answeredOn': 'Réponse du {date}',
  'inquiry.noAnswer': 'Les finances n’ont pas encore répondu. Nous vous écrirons quand elles le feront.',
  'inquiry.resolution': 'Règlement',
  'inquiry.unresolved': 'Pas encore réglée.',
  'inquiry.adjusted': 'Réglée le {date} par un ajustement de {amount} à votre relevé.',
  'inquiry.declined': 'Réglée le {date} : refusée. Votre relevé ne change pas.',
  'inquiry.note': 'Note des finances',
  'inquiry.statement': 'Relevé de {campaign}',
  'inquiry.all': 'Toutes vos demandes',
  'inquiry.new.title': 'Faire une demande',
  'inquiry.new.intro':
    'Posez une question aux finances sur une ligne de votre relevé, ou sur une vente qui en est absente. Les finances répondent dans ce portail et par courriel.',
  'inquiry.new.notRegistered': 'Vous pourrez faire une demande une fois inscrit à une campagne.',
  'inquiry.new.submit': 'Envoyer aux finances',
  'inquiry.campaign.invalid': 'Choisissez l’une des campagnes auxquelles vous êtes inscrit.',
  'inquiry.topic.invalid': 'Choisissez l’objet de votre demande.',
  'inquiry.saleId': 'Numéro de la vente',
  'inquiry.saleId.hint':
    'Tel qu’il figure sur votre relevé ou dans votre système de ventes, par exemple INV-0048299-1. Obligatoire pour une ligne de votre relevé; facultatif pour une vente absente.',
  'inquiry.saleId.invalid':
    'Entrez un numéro de vente fait de lettres, de chiffres et de . _ : / - (100 au plus), ou laissez le champ vide pour une vente absente.',
  'inquiry.saleId.required': 'Indiquez le numéro de la vente de la ligne visée.',
  'inquiry.saleId.notOnStatement':
    'Cette vente n’est pas une ligne de votre relevé pour cette campagne. Si elle en est absente, choisissez « Une vente absente de mon relevé ».',
  'inquiry.saleId.onStatement':
    'Cette vente est une ligne de votre relevé pour cette campagne : choisissez « Une ligne de mon relevé » pour poser votre question.',
  'inquiry.message': 'Votre question',
  'inquiry.message.hint':
    'Dites ce à quoi vous vous attendiez et pourquoi : le client, les produits, les unités, la date. 2 000 caractères au plus.',
  'inquiry.message.invalid': 'Écrivez votre question, en 2 000 caractères au plus.',
  'inquiry.windowClosed.one':
    'Les demandes sur le relevé de cette campagne ont pris fin {n} jour après son émission.',
  'inquiry.windowClosed.other':
    'Les demandes sur le relevé de cette campagne ont pris fin {n} jours après son émission.',
  'inquiry.form.reused':
    'Ce formulaire a déjà été envoyé avec d’autres mots. Consultez vos demandes avant de l’envoyer de nouveau.',
  'inquiry.form.stale':
    'Ce formulaire n’est plus à jour. Vérifiez ce que vous avez écrit et envoyez-le de nouveau.',
};
