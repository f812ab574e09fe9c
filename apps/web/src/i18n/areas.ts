import { sprintMessages } from '../sprint/messages.ts'

/** Messages of the feature areas, merged into the shell's catalogs. Add each area's module here. */
export const areaMessages = {
  en: { ...sprintMessages.en },
  fr: { ...sprintMessages.fr },
  es: { ...sprintMessages.es },
}
