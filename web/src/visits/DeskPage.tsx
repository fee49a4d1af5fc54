import { useState } from 'react'
import { useI18n } from '../i18n.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { useLoad } from '../layout/useLoad.js'
import { DeskForm } from './DeskForm.js'
import { TodayVisits } from './TodayVisits.js'
import { organisationPlaces, referralPlaces } from './visitsApi.js'
import './desk.css'

/**
 * /app/desk: walk-in visits at the info points (part 6, M7 «Besöksstatistik
 * vid Integrationsporten», L420). Anonymous: the page asks for no name, no
 * identity code and no free text.
 */
export function DeskPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('visits.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const [revision, setRevision] = useState(0)
  // The authorities at once; the directory's actors when (and if) it answers.
  const [loadedPlaces] = useLoad(() => referralPlaces(language), [language])
  const places = loadedPlaces.state === 'loaded' ? loadedPlaces.data : organisationPlaces(language)

  return (
    <div className="page" data-qa="visit-desk">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('visits.heading')}
      </h1>
      <p className="lead">{t('visits.anonymous')}</p>
      <DeskForm places={places} onRecorded={() => setRevision((n) => n + 1)} />
      <TodayVisits revision={revision} places={places} />
    </div>
  )
}
