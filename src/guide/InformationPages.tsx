import type { Catalogue } from '../shared/i18n/i18n.js'
import type { ObligationMessages } from '../shared/i18n/obligations/index.js'
import { formatDate } from './format.js'
import { ContactDetails, type PageText } from './GuidePage.js'
import {
  accessibilityStatementDate,
  accessibilitySupervisionSite,
  guidePath,
  integrationUnitContact,
} from './guide.js'

// The guide's three pages of plain information: the customer's obligations
// (the same catalogue as the printed plan, programme L112–L124), the
// accessibility statement (Act on the Provision of Digital Services 306/2019)
// and contact with the Integration Unit.

export function ObligationsPage({
  text,
  obligations,
}: {
  readonly text: PageText
  readonly obligations: Catalogue<ObligationMessages>
}) {
  const { language, m, t } = text
  const o = obligations.messages
  return (
    <>
      <p>{t(m.obligations.intro)}</p>
      <section aria-labelledby="obligations-list" data-qa="obligations">
        <h2 id="obligations-list">{t(o.title)}</h2>
        <p>{t(o.intro)}</p>
        <ul className="obligations">
          <li>{t(o.obligations.takePart)}</li>
          <li>{t(o.obligations.carryOut)}</li>
          <li>{t(o.obligations.attendServices)}</li>
          <li>{t(o.obligations.reportProgress)}</li>
          <li>{t(o.obligations.reportChanges)}</li>
        </ul>
      </section>
      <section aria-labelledby="obligations-consequences" data-qa="consequences">
        <h2 id="obligations-consequences">{t(o.consequences.title)}</h2>
        <p>{t(o.consequences.activeParticipation)}</p>
        <p>{t(o.consequences.benefits)}</p>
        <p>{t(o.consequences.law)}</p>
        <p>{t(o.consequences.acts)}</p>
      </section>
      <p>
        {t(m.obligations.help)}{' '}
        <a href={guidePath(language, 'info-points')}>{t(m.nav['info-points'])}</a>
      </p>
    </>
  )
}

export function AccessibilityPage({ text }: { readonly text: PageText }) {
  const { language, m, t } = text
  const a = m.accessibility
  return (
    <>
      <p>{t(a.intro)}</p>
      <h2>{t(a.statusHeading)}</h2>
      <p data-qa="accessibility-status">{t(a.status)}</p>
      <h2>{t(a.gapsHeading)}</h2>
      <ul>
        <li>{t(a.gapTranslations)}</li>
        <li>{t(a.gapDirectory)}</li>
        <li>{t(a.gapHours)}</li>
        <li>{t(a.gapScript)}</li>
      </ul>
      <h2>{t(a.testedHeading)}</h2>
      <p>{t(a.tested)}</p>
      <h2>{t(a.feedbackHeading)}</h2>
      <p>{t(a.feedback)}</p>
      <p>
        <a href={`mailto:${integrationUnitContact.email}`} dir="ltr" data-qa="feedback-email">
          {integrationUnitContact.email}
        </a>
      </p>
      <h2>{t(a.supervisionHeading)}</h2>
      <p>{t(a.supervision)}</p>
      <p>
        <a href={accessibilitySupervisionSite} dir="ltr" data-qa="supervision-site">
          {new URL(accessibilitySupervisionSite).host}
        </a>
      </p>
      <p className="updated">
        {t(a.updated, { date: formatDate(accessibilityStatementDate, language) })}
      </p>
    </>
  )
}

export function ContactPage({ text }: { readonly text: PageText }) {
  const { language, m, t } = text
  const c = m.contact
  return (
    <>
      <p>{t(c.intro)}</p>
      <address className="contact-card">
        <p className="organisation">{t(m.footer.organisation)}</p>
        <ContactDetails emailLabel={t(m.footer.email)} phoneLabel={t(m.footer.phone)} />
      </address>
      <p className="notice">{t(c.emailWarning)}</p>
      <h2>{t(c.visitHeading)}</h2>
      <p>{t(c.visit)}</p>
      <p>
        <a href={guidePath(language, 'info-points')}>{t(m.home.infoPointsLink)}</a>
      </p>
      <h2>{t(c.otherHeading)}</h2>
      <dl className="details">
        {/* Part 6 names Kela and Migri as the authorities for benefits and permits (L415, L416). */}
        <dt>{t(m.names.organisations.kela)}</dt>
        <dd>
          {t(c.kela)}{' '}
          <a href="https://www.kela.fi" dir="ltr">
            www.kela.fi
          </a>
        </dd>
        <dt>{t(m.names.organisations.migri)}</dt>
        <dd>
          {t(c.migri)}{' '}
          <a href="https://migri.fi" dir="ltr">
            migri.fi
          </a>
        </dd>
      </dl>
    </>
  )
}
