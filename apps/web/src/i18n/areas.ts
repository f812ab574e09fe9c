import { namesMessages } from '../names/messages.ts'
import { privacyMessages } from '../privacy/messages.ts'
import { sprintMessages } from '../sprint/messages.ts'
import { organiserMessages } from '../sprint/organiser/messages.ts'
import { participantMessages } from '../sprint/participant/messages.ts'

/** Messages of the feature areas, merged into the shell's catalogs. Add each area's module here. */
export const areaMessages = {
  en: {
    ...sprintMessages.en,
    ...participantMessages.en,
    ...organiserMessages.en,
    ...privacyMessages.en,
    ...namesMessages.en,
  },
  fr: {
    ...sprintMessages.fr,
    ...participantMessages.fr,
    ...organiserMessages.fr,
    ...privacyMessages.fr,
    ...namesMessages.fr,
  },
  es: {
    ...sprintMessages.es,
    ...participantMessages.es,
    ...organiserMessages.es,
    ...privacyMessages.es,
    ...namesMessages.es,
  },
}
