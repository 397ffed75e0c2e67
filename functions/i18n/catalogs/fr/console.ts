import type { staffConsole as en } from '../en/console.js';

export const staffConsole: Record<keyof typeof en, string> = {
  'console.signIn.title': 'Connexion du personnel',
  'console.signIn.intro':
    'L’administration du programme, les approbateurs et les finances se connectent ici en leur propre nom, avec le service d’identité du programme. Ce que vous faites dans la console est enregistré sous votre nom.',
  'console.signIn.submit': 'Se connecter',
  'console.signIn.ended': 'Votre session a pris fin. Connectez-vous de nouveau.',
  'console.signIn.out': 'Vous êtes déconnecté.',
  'console.signIn.failed': 'La connexion n’a pas abouti (elle a peut-être pris trop de temps). Recommencez.',
  'console.notStaff.title': 'Aucun rôle dans le programme',
  'console.notStaff.text':
    'Vous êtes connecté en tant que {email}, mais le répertoire du personnel ne donne aucun rôle à cette adresse. Demandez à un administrateur du programme de vous ajouter.',
  'console.home.title': 'Console du personnel',
  'console.home.signedInAs': 'Connecté en tant que {name} ({email}).',
  'console.home.roles': 'Vos rôles : {roles}.',
  'console.home.approver': 'Décider des inscriptions qui attendent une approbation.',
  'console.home.finance':
    'Consulter le rapport des versements, faire les paiements, répondre aux demandes et examiner les signalements de fraude.',
  'console.home.program-admin': 'Publier des campagnes, suivre leurs inscriptions et gérer le personnel.',
  'console.approvals.title': 'Inscriptions à décider',
  'console.approvals.intro':
    'Les inscriptions qui attendent un approbateur, de la plus ancienne à la plus récente. Chacune montre ce que montre le courriel d’approbation; votre décision est enregistrée à votre nom.',
  'console.approvals.none': 'Aucune inscription n’attend de décision.',
  'console.approvals.caption': 'Inscriptions qui attendent une décision',
  'console.approvals.col.submitted': 'Soumise le',
  'console.approvals.col.partner': 'Partenaire',
  'console.approvals.col.campaign': 'Campagne',
  'console.approvals.col.agreement': 'Numéro de contrat',
  'console.approvals.col.review': 'Décision',
  'console.approvals.review': 'Examiner et décider',
  'console.approvals.decided.approved': 'Vous avez approuvé l’inscription de {partner}.',
  'console.approvals.decided.rejected':
    'Vous avez refusé l’inscription de {partner}; le motif lui est communiqué.',
  'console.approval.notFound.title': 'Inscription introuvable',
  'console.approval.notFound': 'Il n’y a pas d’inscription {registrationId}.',
  'console.history.search.title': 'Historique',
  'console.history.search.intro':
    'Qui a fait quoi, quand et pourquoi, pour une inscription, un partenaire, un versement ou une campagne : chaque événement enregistré, en mots.',
  'console.history.search.subject': 'Historique de',
  'console.history.search.id': 'Son identifiant',
  'console.history.search.id.hint':
    'Une inscription ou un versement : campagne--ID MPN, par exemple m365-e5-upsell--1234567. Un partenaire : son ID MPN. Une campagne : son identifiant.',
  'console.history.search.invalid': 'Entrez un identifiant du genre choisi, comme l’indique l’aide.',
  'console.history.search.submit': 'Afficher l’historique',
  'console.history.subject.registration': 'Une inscription',
  'console.history.subject.partner': 'Un partenaire',
  'console.history.subject.payout': 'Un versement',
  'console.history.subject.campaign': 'Une campagne',
  'console.history.title.registration': 'Historique de l’inscription {id}',
  'console.history.title.partner': 'Historique du partenaire {id}',
  'console.history.title.payout': 'Historique du versement {id}',
  'console.history.title.campaign': 'Historique de la campagne {id}',
  'console.history.caption': 'Chaque événement, du plus ancien au plus récent',
  'console.history.col.when': 'Quand',
  'console.history.col.who': 'Qui',
  'console.history.col.what': 'Quoi',
  'console.history.col.why': 'Pourquoi',
  'console.history.latest': 'Les {shown} derniers événements sur {total} sont affichés.',
  'console.history.empty': 'Rien n’est enregistré sous cet identifiant.',
  'console.history.notFound.title': 'Historique introuvable',
  'console.history.notFound':
    'Cette adresse ne désigne aucune inscription, aucun partenaire, aucun versement ni aucune campagne.',
};
