import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import { z } from 'zod'
import { I18nProvider } from './i18n/I18nProvider.tsx'
import { routes } from './routes.tsx'
import { applyTheme, savedTheme } from './theme.ts'
import './styles.css'

// Zod would otherwise probe for eval() to speed up parsing; the CSP forbids eval, and the probe alone
// triggers a violation report.
z.config({ jitless: true })

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
