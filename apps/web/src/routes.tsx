import type { RouteObject } from 'react-router'
import { areas } from './areas.ts'
import { AppFrame } from './layout/AppFrame.tsx'
import { ComingSoon } from './pages/ComingSoon.tsx'
import { Home } from './pages/Home.tsx'
import { NotFound } from './pages/NotFound.tsx'

/** Every client-side route. Areas still being built get the honest "not built yet" page. */
export const routes: RouteObject[] = [
  // The projector view is full-screen: no site header or navigation on the wall.
  {
    path: '/sprint/s/:sessionId/projector',
    lazy: async () => ({ Component: (await import('./sprint/organiser/ProjectorView.tsx')).ProjectorView }),
  },
  {
    element: <AppFrame />,
    children: [
      { index: true, element: <Home /> },
      // Screens load on first visit, so the home page stays small on phones.
      {
        path: '/sprint',
        lazy: async () => ({ Component: (await import('./sprint/participant/SprintHome.tsx')).SprintHome }),
      },
      {
        path: '/sprint/join',
        lazy: async () => ({ Component: (await import('./sprint/participant/JoinPage.tsx')).JoinPage }),
      },
      {
        path: '/sprint/s/:sessionId',
        lazy: async () => ({ Component: (await import('./sprint/participant/ParticipantView.tsx')).ParticipantView }),
      },
      {
        path: '/sprint/s/:sessionId/console',
        lazy: async () => ({ Component: (await import('./sprint/organiser/OrganiserConsole.tsx')).OrganiserConsole }),
      },
      ...areas.filter((area) => !area.built).map((area) => ({ path: area.path, element: <ComingSoon area={area} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]
