import type { Resource } from '@blockgov/content'
import type { MessageKey } from '../i18n/translate.ts'

/** Message keys for the resource facets, so filters and badges read in the interface language. */
export const levelLabel: Readonly<Record<Resource['level'], MessageKey>> = {
  beginner: 'learn.level.beginner',
  intermediate: 'learn.level.intermediate',
  advanced: 'learn.level.advanced',
}

export const languageLabel: Readonly<Record<Resource['language'], MessageKey>> = {
  en: 'learn.lang.en',
  fr: 'learn.lang.fr',
  es: 'learn.lang.es',
}

export const formatLabel: Readonly<Record<Resource['format'], MessageKey>> = {
  article: 'learn.format.article',
  course: 'learn.format.course',
  book: 'learn.format.book',
  video: 'learn.format.video',
  interactive: 'learn.format.interactive',
  guidance: 'learn.format.guidance',
  report: 'learn.format.report',
  paper: 'learn.format.paper',
  standard: 'learn.format.standard',
}

export const costLabel: Readonly<Record<Resource['cost'], MessageKey>> = {
  free: 'learn.cost.free',
  paid: 'learn.cost.paid',
}
