import type { RouteObject } from 'react-router'
import { areas } from './areas.ts'
import { AppFrame } from './layout/AppFrame.tsx'
import { ComingSoon } from './pages/ComingSoon.tsx'
import { Home } from './pages/Home.tsx'
import { NotFound } from './pages/NotFound.tsx'
import { OrganiserConsole } from './sprint/organiser/OrganiserConsole.tsx'
import { ProjectorView } from './sprint/organiser/ProjectorView.tsx'
import { JoinPage } from './sprint/participant/JoinPage.tsx'
import { ParticipantView } from './sprint/participant/ParticipantView.tsx'
import { SprintHome } from './sprint/participant/SprintHome.tsx'

/** Every client-side route. Areas still being built get the honest "not built yet" page. */
export const routes: RouteObject[] = [
  // The projector view is full-screen: no site header or navigation on the wall.
  { path: '/sprint/s/:sessionId/projector', element: <ProjectorView /> },
  {
    element: <AppFrame />,
    children: [
      { index: true, element: <Home /> },
      { path: '/sprint', element: <SprintHome /> },
      { path: '/sprint/join', element: <JoinPage /> },
      { path: '/sprint/s/:sessionId', element: <ParticipantView /> },
      { path: '/sprint/s/:sessionId/console', element: <OrganiserConsole /> },
      ...areas.filter((area) => !area.built).map((area) => ({ path: area.path, element: <ComingSoon area={area} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]
