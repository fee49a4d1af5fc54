import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { App } from './App.js'
import { markReactAriaStylesProvided } from './csp.js'
import { StaffI18nProvider } from './i18n.js'
import './styles.css'

markReactAriaStylesProvided()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <BrowserRouter basename="/app">
      <StaffI18nProvider>
        <App />
      </StaffI18nProvider>
    </BrowserRouter>
  </StrictMode>,
)
