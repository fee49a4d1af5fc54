import './zod-config.js'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.js'
import { markReactAriaStylesProvided } from './csp.js'
import { StaffI18nProvider } from './i18n.js'
import './styles.css'

markReactAriaStylesProvided()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <StaffI18nProvider>
      <App />
    </StaffI18nProvider>
  </StrictMode>,
)
