import { americanJurisdictions } from './americas.ts'
import { asianAndAfricanJurisdictions } from './asia-africa.ts'
import { europeanJurisdictions } from './europe.ts'

/** Every jurisdiction of the map, in display order. */
export const privacyJurisdictions = [
  ...europeanJurisdictions,
  ...americanJurisdictions,
  ...asianAndAfricanJurisdictions,
]
