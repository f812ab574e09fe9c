import type { RouteObject } from 'react-router'
import { AppFrame } from './layout/AppFrame.tsx'
import { Home } from './pages/Home.tsx'
import { NotFound } from './pages/NotFound.tsx'

/** Every client-side route. */
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
        path: '/learn',
        lazy: async () => ({ Component: (await import('./learn/LearnIndex.tsx')).LearnIndex }),
      },
      {
        path: '/learn/lessons/:slug',
        lazy: async () => ({ Component: (await import('./learn/LessonPage.tsx')).LessonPage }),
      },
      {
        path: '/learn/resources',
        lazy: async () => ({ Component: (await import('./learn/ResourcesPage.tsx')).ResourcesPage }),
      },
      {
        path: '/learn/guide',
        lazy: async () => ({ Component: (await import('./learn/GuidePage.tsx')).GuidePage }),
      },
      {
        path: '/learn/demos/:demoId',
        lazy: async () => ({ Component: (await import('./learn/demos/DemoPage.tsx')).DemoPage }),
      },
      {
        path: '/groups',
        lazy: async () => ({ Component: (await import('./groups/GroupsLayout.tsx')).GroupsLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./groups/GroupsHome.tsx')).GroupsHome }) },
          { path: 'admin', lazy: async () => ({ Component: (await import('./groups/AdminPage.tsx')).AdminPage }) },
          { path: 'help', lazy: async () => ({ Component: (await import('./groups/HelpPage.tsx')).HelpPage }) },
          {
            path: 'lists/:slug',
            lazy: async () => ({ Component: (await import('./groups/ArchivePage.tsx')).ArchivePage }),
          },
          {
            path: 'review/:token',
            lazy: async () => ({ Component: (await import('./groups/ReviewPage.tsx')).ReviewPage }),
          },
          {
            path: 'confirm/:token',
            lazy: async () => ({ Component: (await import('./groups/ConfirmPage.tsx')).ConfirmPage }),
          },
          {
            path: 'unsubscribe/:token',
            lazy: async () => ({ Component: (await import('./groups/UnsubscribePage.tsx')).UnsubscribePage }),
          },
          { path: ':slug', lazy: async () => ({ Component: (await import('./groups/GroupPage.tsx')).GroupPage }) },
        ],
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
      {
        path: '/explore',
        lazy: async () => ({ Component: (await import('./explore/ExplorePage.tsx')).ExplorePage }),
      },
      {
        path: '/explore/use-case/:useCaseId',
        lazy: async () => ({ Component: (await import('./explore/UseCasePage.tsx')).UseCasePage }),
      },
      {
        path: '/explore/compare',
        lazy: async () => ({ Component: (await import('./explore/ComparePage.tsx')).ComparePage }),
      },
      {
        path: '/explore/timeline',
        lazy: async () => ({ Component: (await import('./explore/TimelinePage.tsx')).TimelinePage }),
      },
      {
        path: '/explore/data',
        lazy: async () => ({ Component: (await import('./explore/DataPage.tsx')).DataPage }),
      },
      {
        path: '/explore/contribute',
        lazy: async () => ({ Component: (await import('./explore/ContributePage.tsx')).ContributePage }),
      },
      {
        path: '/explore/review',
        lazy: async () => ({ Component: (await import('./explore/ReviewPage.tsx')).ReviewPage }),
      },
      {
        path: '/assess',
        lazy: async () => ({ Component: (await import('./assess/AssessHome.tsx')).AssessHome }),
      },
      {
        path: '/assess/principles',
        lazy: async () => ({ Component: (await import('./assess/PrinciplesPage.tsx')).PrinciplesPage }),
      },
      {
        path: '/assess/examples',
        lazy: async () => ({ Component: (await import('./assess/ExamplesPage.tsx')).ExamplesPage }),
      },
      {
        path: '/assess/new',
        lazy: async () => ({ Component: (await import('./assess/NewEvaluation.tsx')).NewEvaluation }),
      },
      {
        path: '/assess/evaluate',
        lazy: async () => ({ Component: (await import('./assess/EvaluatePage.tsx')).EvaluatePage }),
      },
      {
        path: '/assess/e/:evaluationId',
        lazy: async () => ({ Component: (await import('./assess/EvaluationConsole.tsx')).EvaluationConsole }),
      },
      {
        path: '/assess/e/:evaluationId/comment',
        lazy: async () => ({ Component: (await import('./assess/CommentPage.tsx')).CommentPage }),
      },
      {
        path: '/assess/e/:evaluationId/report/:version',
        lazy: async () => ({ Component: (await import('./assess/ReportPage.tsx')).ReportPage }),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]
