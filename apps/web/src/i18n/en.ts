/**
 * English messages of the app shell: the source catalog. Every other language must have exactly these keys and the same
 * `{placeholders}` (the type enforces the keys; i18n.test.ts checks the placeholders).
 */
export const en = {
  'app.name': 'blockgov',
  'app.tagline': 'Design blockchain governance together',
  'page.title': '{page} · blockgov',

  'skip.toMain': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.sprint': 'Sprint',
  'nav.groups': 'Groups',
  'nav.names': 'Names',
  'nav.privacy': 'Privacy map',
  'nav.learn': 'Learn',
  'nav.assess': 'Assess',
  'nav.explore': 'Explore',

  'settings.label': 'Display settings',
  'language.label': 'Language',
  'theme.label': 'Colour theme',
  'theme.system': 'Same as device',
  'theme.light': 'Light',
  'theme.dark': 'Dark',

  'home.title': 'Shape how blockchains are governed, together',
  'home.intro':
    'blockgov helps people from governments, companies, civil society, the technical community and universities work together on one question: how should blockchain technology be governed? It runs short, focused workshops called design sprints, in a room and online at the same time, and then helps the ideas from those workshops grow into real projects.',
  'home.how.title': 'How it works',
  'home.how.1': 'Join a workshop with a short code. You do not need an account.',
  'home.how.2': 'Work in a small, balanced group: pick a topic, collect ideas, and rate them together.',
  'home.how.3': 'Share what your group found with everyone, then improve another group’s design.',
  'home.how.4': 'Leave with a project, a person to lead it and a clear next step. A report is written for you.',
  'home.areas.title': 'What you can do here',
  'home.privacy.title': 'Your data',
  'home.privacy.body':
    'Telling us your gender, stakeholder group or region is always optional. You choose each one separately, you can see what we keep, and you can delete it.',

  'area.sprint.summary': 'Run a live design-sprint workshop with break-out groups, in the room and online.',
  'area.groups.summary': 'Working groups with their own mailing lists, started from workshop outcomes.',
  'area.names.summary': 'A blockchain name system with community governance and a real DNS gateway.',
  'area.privacy.summary': 'An interactive map of data-protection questions raised by blockchains, with sources.',
  'area.learn.summary': 'Plain-language lessons and hands-on demos about blockchains, for everyone.',
  'area.assess.summary': 'Principles and a shared workflow to evaluate government blockchain projects.',
  'area.explore.summary': 'Evidence on what blockchains can and cannot do for Internet governance.',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be wrong.',
  'notFound.home': 'Go to the home page',

  'footer.licence': 'blockgov is open source software.',
  'footer.api': 'API description (OpenAPI)',
} as const

/** A complete translation of the shell's messages: every key of the English catalog, no more, no fewer. */
export type Catalog = Readonly<Record<keyof typeof en, string>>
