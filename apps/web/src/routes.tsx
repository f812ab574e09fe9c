import type { RouteObject } from 'react-router'
import { areas } from './areas.ts'
import { AppFrame } from './layout/AppFrame.tsx'
import { ComingSoon } from './pages/ComingSoon.tsx'
import { Home } from './pages/Home.tsx'
import { NotFound } from './pages/NotFound.tsx'

/** Every client-side route. Areas still being built get the honest "not built yet" page. */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    children: [
      { index: true, element: <Home /> },
      ...areas.map((area) => ({ path: area.path, element: <ComingSoon area={area} /> })),
      { path: '*', element: <NotFound /> },
    ],
  },
]
