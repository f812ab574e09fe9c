import { assessMessages } from '../assess/messages.ts'
import { exploreMessages } from '../explore/messages.ts'
import { groupsMessages } from '../groups/messages.ts'
import { demoMessages } from '../learn/demos/messages.ts'
import { learnMessages } from '../learn/messages.ts'
import { namesMessages } from '../names/messages.ts'
import { privacyMessages } from '../privacy/messages.ts'
import { sprintMessages } from '../sprint/messages.ts'
import { organiserMessages } from '../sprint/organiser/messages.ts'
import { participantMessages } from '../sprint/participant/messages.ts'

/** Messages of the feature areas, merged into the shell's catalogs. Add each area's module here. */
export const areaMessages = {
  en: {
    ...sprintMessages.en,
    ...assessMessages.en,
    ...participantMessages.en,
    ...organiserMessages.en,
    ...privacyMessages.en,
    ...namesMessages.en,
    ...groupsMessages.en,
    ...demoMessages.en,
    ...learnMessages.en,
    ...exploreMessages.en,
  },
  fr: {
    ...sprintMessages.fr,
    ...assessMessages.fr,
    ...participantMessages.fr,
    ...organiserMessages.fr,
    ...privacyMessages.fr,
    ...namesMessages.fr,
    ...groupsMessages.fr,
    ...demoMessages.fr,
    ...learnMessages.fr,
    ...exploreMessages.fr,
  },
  es: {
    ...sprintMessages.es,
    ...assessMessages.es,
    ...participantMessages.es,
    ...organiserMessages.es,
    ...privacyMessages.es,
    ...namesMessages.es,
    ...groupsMessages.es,
    ...demoMessages.es,
    ...learnMessages.es,
    ...exploreMessages.es,
  },
}
