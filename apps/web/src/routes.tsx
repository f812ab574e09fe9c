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
      {
        path: '/privacy-map',
        lazy: async () => ({ Component: (await import('./privacy/ListView.tsx')).ListView }),
      },
      {
        path: '/privacy-map/node/:nodeId',
        lazy: async () => ({ Component: (await import('./privacy/NodePage.tsx')).NodePage }),
      },
      {
        path: '/privacy-map/jurisdiction/:jurisdictionId',
        lazy: async () => ({ Component: (await import('./privacy/JurisdictionPage.tsx')).JurisdictionPage }),
      },
      {
        path: '/privacy-map/graph',
        lazy: async () => ({ Component: (await import('./privacy/graph/GraphView.tsx')).GraphView }),
      },
      {
        path: '/privacy-map/world',
        lazy: async () => ({ Component: (await import('./privacy/world/WorldView.tsx')).WorldView }),
      },
      {
        path: '/privacy-map/check',
        lazy: async () => ({ Component: (await import('./privacy/check/CheckPage.tsx')).CheckPage }),
      },
      {
        path: '/privacy-map/sources',
        lazy: async () => ({ Component: (await import('./privacy/SourcesPage.tsx')).SourcesPage }),
      },
      {
        path: '/names',
        lazy: async () => ({ Component: (await import('./names/NamesLayout.tsx')).NamesLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./names/NamesHome.tsx')).NamesHome }) },
          { path: 'n/:name', lazy: async () => ({ Component: (await import('./names/NamePage.tsx')).NamePage }) },
          {
            path: 'disputes',
            lazy: async () => ({ Component: (await import('./names/DisputesPage.tsx')).DisputesPage }),
          },
          { path: 'council', lazy: async () => ({ Component: (await import('./names/CouncilPage.tsx')).CouncilPage }) },
        ],
      },
      ...areas.filter((area) => !area.built).map((area) => ({ path: area.path, element: <ComingSoon area={area} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]
