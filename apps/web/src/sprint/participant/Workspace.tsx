import { runningItem } from '@blockgov/sprint'
import { AddCardForm } from './AddCardForm.tsx'
import { Board } from './Board.tsx'
import { FloorPanel } from './FloorPanel.tsx'
import { GroupPanel } from './GroupPanel.tsx'
import { NowSection } from './NowSection.tsx'
import { OutcomeSection } from './OutcomeSection.tsx'
import { useParticipant } from './participant-context.ts'
import { ResultsList } from './ResultsList.tsx'
import { ScorePanel } from './ScorePanel.tsx'
import { SummaryForm } from './SummaryForm.tsx'
import { addableKinds, canSummarise, floorOpen, isLead } from './selectors.ts'
import { VolunteerForm } from './VolunteerForm.tsx'

/** The participant's screen, section by section; each shows only when the running activity needs it. */
export function Workspace() {
  const { state, meId, group, item } = useParticipant()
  const activity = item?.activity ?? null
  const roomActivity = state.closed ? null : (runningItem(state, null)?.activity ?? null)
  const kinds = group === null ? [] : addableKinds(activity)
  return (
    <>
      <NowSection />
      {state.groups.length === 0 && <VolunteerForm />}
      {group !== null && <GroupPanel group={group} />}
      {(floorOpen(roomActivity) || state.speaker !== null) && <FloorPanel />}
      {group !== null && kinds.length > 0 && <AddCardForm kinds={kinds} designId={group.designId} />}
      {group !== null && activity === 'evaluate' && <ScorePanel designId={group.designId} />}
      {group !== null && (activity === 'evaluate' || activity === 'report-out') && (
        <ResultsList designId={group.designId} />
      )}
      {group !== null && isLead(group, meId) && canSummarise(activity) && <SummaryForm />}
      {group !== null && <OutcomeSection group={group} />}
      {group !== null && <Board designId={group.designId} />}
    </>
  )
}
