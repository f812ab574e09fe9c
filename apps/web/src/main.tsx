import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import { routes } from './routes.tsx'
import { applyTheme, savedTheme } from './theme.ts'
import './styles.css'

// Before the first render, so a dark-theme user never sees a light flash.
applyTheme(savedTheme())

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <RouterProvider router={createBrowserRouter(routes)} />
    </I18nProvider>
  </StrictMode>,
)
