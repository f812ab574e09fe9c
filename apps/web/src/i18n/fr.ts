import type { Catalog } from './en.ts'

export const fr: Catalog = {
  'app.name': 'blockgov',
  'app.tagline': 'Concevoir ensemble la gouvernance des chaînes de blocs',
  'page.title': '{page} · blockgov',

  'skip.toMain': 'Aller au contenu principal',
  'nav.label': 'Principale',
  'nav.home': 'Accueil',
  'nav.sprint': 'Sprint',
  'nav.groups': 'Groupes',
  'nav.names': 'Noms',
  'nav.privacy': 'Carte de la vie privée',
  'nav.learn': 'Apprendre',
  'nav.assess': 'Évaluer',
  'nav.explore': 'Explorer',

  'settings.label': 'Réglages d’affichage',
  'language.label': 'Langue',
  'theme.label': 'Thème de couleurs',
  'theme.system': 'Comme l’appareil',
  'theme.light': 'Clair',
  'theme.dark': 'Sombre',

  'home.title': 'Décider ensemble de la gouvernance des chaînes de blocs',
  'home.intro':
    'blockgov aide des personnes venues des gouvernements, des entreprises, de la société civile, de la communauté technique et des universités à travailler ensemble sur une question : comment gouverner la technologie des chaînes de blocs ? Il anime des ateliers courts et ciblés, appelés sprints de conception, en salle et en ligne en même temps, puis aide les idées nées de ces ateliers à devenir de vrais projets.',
  'home.how.title': 'Comment ça marche',
  'home.how.1': 'Rejoignez un atelier avec un code court. Aucun compte n’est nécessaire.',
  'home.how.2':
    'Travaillez en petit groupe équilibré : choisissez un sujet, rassemblez des idées et évaluez-les ensemble.',
  'home.how.3': 'Présentez les résultats de votre groupe à tous, puis améliorez la proposition d’un autre groupe.',
  'home.how.4':
    'Repartez avec un projet, une personne pour le mener et une prochaine étape claire. Le rapport est rédigé pour vous.',
  'home.areas.title': 'Ce que vous pouvez faire ici',
  'home.privacy.title': 'Vos données',
  'home.privacy.body':
    'Indiquer votre genre, votre groupe de parties prenantes ou votre région reste toujours facultatif. Vous choisissez chaque information séparément, vous pouvez voir ce que nous conservons et vous pouvez l’effacer.',

  'area.sprint.summary': 'Animer un atelier de sprint de conception en direct, en sous-groupes, en salle et en ligne.',
  'area.groups.summary':
    'Des groupes de travail avec leurs propres listes de diffusion, issus des résultats des ateliers.',
  'area.names.summary':
    'Un système de noms sur chaîne de blocs, gouverné par la communauté, avec une vraie passerelle DNS.',
  'area.privacy.summary':
    'Une carte interactive des questions de protection des données posées par les chaînes de blocs, avec ses sources.',
  'area.learn.summary':
    'Des leçons en langage clair et des démonstrations interactives sur les chaînes de blocs, pour tous.',
  'area.assess.summary':
    'Des principes et une démarche commune pour évaluer les projets publics fondés sur les chaînes de blocs.',
  'area.explore.summary':
    'Des éléments probants sur ce que les chaînes de blocs peuvent, ou non, apporter à la gouvernance de l’Internet.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est erroné.',
  'notFound.home': 'Aller à l’accueil',

  'footer.licence': 'blockgov est un logiciel libre.',
  'footer.api': 'Description de l’API (OpenAPI)',
}
