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
};
