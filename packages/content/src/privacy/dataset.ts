import { privacyEdges } from './edges.ts'
import { privacyJurisdictions } from './jurisdictions/index.ts'
import { actorNodes } from './nodes/actors.ts'
import { conceptNodes } from './nodes/concepts.ts'
import { dataNodes } from './nodes/data.ts'
import { mitigationNodes } from './nodes/mitigations.ts'
import { obligationNodes } from './nodes/obligations.ts'
import { principleNodes } from './nodes/principles.ts'
import { rightNodes } from './nodes/rights.ts'
import { roleNodes } from './nodes/roles.ts'
import { tensionNodes } from './nodes/tensions.ts'
import { threatNodes } from './nodes/threats.ts'
import type { PrivacyMap } from './schema.ts'

/**
 * The privacy map: nodes, typed edges and jurisdictions, all cited. The content is in English; UI
 * translations do not translate it (see `contentLanguage`). Validated by `dataset.test.ts`.
 */
export const privacyMap: PrivacyMap = {
  nodes: [
    ...tensionNodes,
    ...dataNodes,
    ...actorNodes,
    ...roleNodes,
    ...conceptNodes,
    ...principleNodes,
    ...rightNodes,
    ...obligationNodes,
    ...mitigationNodes,
    ...threatNodes,
  ],
  edges: privacyEdges,
  jurisdictions: privacyJurisdictions,
}

/** The language the map's content is written in (the UI around it is translated). */
export const contentLanguage = 'en'

/** The day every entry was last checked, shown on the map's pages. */
export const lastChecked = '2026-11-27'
