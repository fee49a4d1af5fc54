-- The directory starts from the programme's own list (rules.md §h; the source,
-- shared/programme/original-sv.txt, L256–L416). Names are the source's, in
-- normal case with its typos corrected as rules.md §j suggests (T08, T09, T10,
-- T23, T24); Finnish and English names only where they are the same proper
-- name or general knowledge already used in Porten (src/shared/organisations.ts,
-- src/shared/programme/definitions.ts). Descriptions are short Swedish texts
-- from the programme; translations are left to the administrators.
--
-- Organisational contacts only, never a person's: the source names Integration
-- Works' project manager with a personal phone and e-mail (L302–L304); they
-- are deliberately left out. Every hyperlink of the source is lost («(#)»,
-- AMB-27), so website stays NULL until someone collects the addresses; so do
-- postal codes, which the source does not give, and the opening hours of the
-- three Integrationsporten points (AMB-26).
--
-- All rows carry the date the programme was compiled, 11.11.2024 (L50), as
-- their creation time, so every installation starts from identical data.

INSERT INTO directory_entry (id, kind, municipalities, names, descriptions, created_at, updated_at) VALUES
-- «KULTUR OCH FRITID» (L260–L266, L350): one per municipality
('culture-leisure-jakobstad', 'culture-leisure', '{jakobstad}',
  '{"sv": "Kultur och fritid, Jakobstad", "fi": "Kulttuuri ja vapaa-aika, Pietarsaari", "en": "Culture and leisure, Jakobstad"}',
  '{"sv": "Stadens kultur- och fritidstjänster. Se kommunens hemsida för mera information om fritidsverksamhet."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('culture-leisure-kronoby', 'culture-leisure', '{kronoby}',
  '{"sv": "Kultur och fritid, Kronoby", "fi": "Kulttuuri ja vapaa-aika, Kruunupyy", "en": "Culture and leisure, Kronoby"}',
  '{"sv": "Kommunens kultur- och fritidstjänster. Se kommunens hemsida för mera information om fritidsverksamhet."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('culture-leisure-larsmo', 'culture-leisure', '{larsmo}',
  '{"sv": "Kultur och fritid, Larsmo", "fi": "Kulttuuri ja vapaa-aika, Luoto", "en": "Culture and leisure, Larsmo"}',
  '{"sv": "Kommunens kultur- och fritidstjänster. Se kommunens hemsida för mera information om fritidsverksamhet."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('culture-leisure-nykarleby', 'culture-leisure', '{nykarleby}',
  '{"sv": "Kultur och fritid, Nykarleby", "fi": "Kulttuuri ja vapaa-aika, Uusikaarlepyy", "en": "Culture and leisure, Nykarleby"}',
  '{"sv": "Stadens kultur- och fritidstjänster. Se kommunens hemsida för mera information om fritidsverksamhet."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('culture-leisure-pedersore', 'culture-leisure', '{pedersore}',
  '{"sv": "Kultur och fritid, Pedersöre", "fi": "Kulttuuri ja vapaa-aika, Pedersöre", "en": "Culture and leisure, Pedersöre"}',
  '{"sv": "Kommunens kultur- och fritidstjänster. Se kommunens hemsida för mera information om fritidsverksamhet."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- «ARBETARINSTITUT/MEDBORGARINSTITUT» (L268–L274): one per municipality
('adult-education-jakobstad', 'adult-education', '{jakobstad}',
  '{"sv": "Arbetar- och medborgarinstitut, Jakobstad", "fi": "Työväen- ja kansalaisopisto, Pietarsaari", "en": "Adult education institute, Jakobstad"}',
  '{"sv": "Kurser för vuxna."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('adult-education-kronoby', 'adult-education', '{kronoby}',
  '{"sv": "Arbetar- och medborgarinstitut, Kronoby", "fi": "Työväen- ja kansalaisopisto, Kruunupyy", "en": "Adult education institute, Kronoby"}',
  '{"sv": "Kurser för vuxna."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('adult-education-larsmo', 'adult-education', '{larsmo}',
  '{"sv": "Arbetar- och medborgarinstitut, Larsmo", "fi": "Työväen- ja kansalaisopisto, Luoto", "en": "Adult education institute, Larsmo"}',
  '{"sv": "Kurser för vuxna."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('adult-education-nykarleby', 'adult-education', '{nykarleby}',
  '{"sv": "Arbetar- och medborgarinstitut, Nykarleby", "fi": "Työväen- ja kansalaisopisto, Uusikaarlepyy", "en": "Adult education institute, Nykarleby"}',
  '{"sv": "Kurser för vuxna."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('adult-education-pedersore', 'adult-education', '{pedersore}',
  '{"sv": "Arbetar- och medborgarinstitut, Pedersöre", "fi": "Työväen- ja kansalaisopisto, Pedersöre", "en": "Adult education institute, Pedersöre"}',
  '{"sv": "Kurser för vuxna."}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- «UTBILDARE» (L276–L290)
('optima', 'educator', '{jakobstad}', '{"sv": "Optima samkommun"}',
  '{"sv": "Utbildare i Jakobstad."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('yrkesakademin', 'educator', '{jakobstad,pedersore}', '{"sv": "Yrkesakademin"}',
  '{"sv": "Utbildare i Jakobstad och Pedersöre."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('edunova', 'educator', '{jakobstad}', '{"sv": "EduNova"}',
  '{"sv": "Utbildare i Jakobstad."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('step-utbildning', 'educator', '{nykarleby}', '{"sv": "STEP-utbildning"}',
  '{"sv": "Utbildare i Nykarleby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('kredu', 'educator', '{nykarleby}', '{"sv": "Kristliga Folkhögskolan (Kredu)"}',
  '{"sv": "Folkhögskola i Nykarleby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('kvarnen', 'educator', '{kronoby}', '{"sv": "Kvarnen"}',
  '{"sv": "Utbildare i Kronoby. I Kvarnen finns också Integrationsporten Kronoby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- The source gives Wava-institutet no municipality (L290): the whole region.
('wava-institutet', 'educator', '{}', '{"sv": "Wava-institutet"}',
  '{"sv": "Utbildare i Jakobstadsregionen."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- «FÖRETAGSRÅDGIVNING» (L292–L294)
('concordia', 'business-advice', '{}', '{"sv": "Concordia"}',
  '{"sv": "Företagsrådgivning."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- «TREDJE SEKTORN» by municipality (L306–L348). 4H is not listed for Jakobstad.
('folkhalsan-jakobstad', 'third-sector', '{jakobstad}', '{"sv": "Folkhälsan, Jakobstad", "fi": "Folkhälsan, Pietarsaari", "en": "Folkhälsan, Jakobstad"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- T11: the source's «Jakobstad församling» with the genitive restored.
('forsamling-jakobstad', 'third-sector', '{jakobstad}', '{"sv": "Jakobstads församling"}',
  '{"sv": "Församlingen i Jakobstad."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('folkhalsan-kronoby', 'third-sector', '{kronoby}', '{"sv": "Folkhälsan, Kronoby", "fi": "Folkhälsan, Kruunupyy", "en": "Folkhälsan, Kronoby"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('4h-kronoby', 'third-sector', '{kronoby}', '{"sv": "4H, Kronoby", "fi": "4H, Kruunupyy", "en": "4H, Kronoby"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('forsamling-kronoby', 'third-sector', '{kronoby}', '{"sv": "Kronoby församling"}',
  '{"sv": "Församlingen i Kronoby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('folkhalsan-larsmo', 'third-sector', '{larsmo}', '{"sv": "Folkhälsan, Larsmo", "fi": "Folkhälsan, Luoto", "en": "Folkhälsan, Larsmo"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('4h-larsmo', 'third-sector', '{larsmo}', '{"sv": "4H, Larsmo", "fi": "4H, Luoto", "en": "4H, Larsmo"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('forsamling-larsmo', 'third-sector', '{larsmo}', '{"sv": "Larsmo församling"}',
  '{"sv": "Församlingen i Larsmo."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('folkhalsan-nykarleby', 'third-sector', '{nykarleby}', '{"sv": "Folkhälsan, Nykarleby", "fi": "Folkhälsan, Uusikaarlepyy", "en": "Folkhälsan, Nykarleby"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('4h-nykarleby', 'third-sector', '{nykarleby}', '{"sv": "4H, Nykarleby", "fi": "4H, Uusikaarlepyy", "en": "4H, Nykarleby"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('nykarleby-flyktingvanner', 'third-sector', '{nykarleby}', '{"sv": "Nykarleby Flyktingvänner rf"}',
  '{"sv": "Förening i Nykarleby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('forsamling-nykarleby', 'third-sector', '{nykarleby}', '{"sv": "Nykarleby församling"}',
  '{"sv": "Församlingen i Nykarleby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('folkhalsan-pedersore', 'third-sector', '{pedersore}', '{"sv": "Folkhälsan, Pedersöre", "fi": "Folkhälsan, Pedersöre", "en": "Folkhälsan, Pedersöre"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('4h-pedersore', 'third-sector', '{pedersore}', '{"sv": "4H, Pedersöre", "fi": "4H, Pedersöre", "en": "4H, Pedersöre"}',
  '{"sv": "Förening inom den tredje sektorn."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('forsamling-pedersore', 'third-sector', '{pedersore}', '{"sv": "Pedersöre församling"}',
  '{"sv": "Församlingen i Pedersöre."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- «TREDJE SEKTORN I SAMTLIGA KOMMUNER» (L352–L368): the whole region
('psykosociala-forbundet', 'third-sector', '{}', '{"sv": "Psykosociala förbundet"}',
  '{"sv": "Förening inom den tredje sektorn, i alla kommuner."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('ehja', 'third-sector', '{}', '{"sv": "Ehjä ry", "fi": "Ehjä ry", "en": "Ehjä ry"}',
  '{"sv": "Arbetsrådgivning för dem som är under 29 år."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('frida', 'third-sector', '{}', '{"sv": "FRIDA – Fri från våld"}',
  '{"sv": "Förening inom den tredje sektorn, i alla kommuner."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('mieli-osterbotten', 'third-sector', '{}', '{"sv": "MIELI Psykisk hälsa Österbotten"}',
  '{"sv": "Förening inom den tredje sektorn, i alla kommuner."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('finfami-osterbotten', 'third-sector', '{}', '{"sv": "FinFami Österbotten"}',
  '{"sv": "Anhörigrådgivning vid psykisk ohälsa."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('roda-korset', 'third-sector', '{}', '{"sv": "Röda Korset, Österbottens svenska distrikt"}',
  '{"sv": "Röda Korsets lokalavdelningar i Jakobstadsregionen."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('marthaforbundet', 'third-sector', '{}', '{"sv": "Marthaförbundet"}',
  '{"sv": "Förening inom den tredje sektorn, i alla kommuner."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('frikyrkor', 'third-sector', '{}', '{"sv": "Frikyrkor i regionen"}',
  '{"sv": "Frikyrkorna i Jakobstadsregionen."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- «SOCIALA NÄTVERK» (L370–L378)
('jakobstads-vanmammor', 'social-network', '{}', '{"sv": "Jakobstads vänmammor rf"}',
  '{"sv": "För mammor, i samtliga kommuner."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('foreningsliv-for-alla', 'social-network', '{}', '{"sv": "Föreningsliv för alla"}',
  '{"sv": "Via Integrationsporten."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('social-wednesday', 'social-network', '{}', '{"sv": "Social Wednesday", "fi": "Social Wednesday", "en": "Social Wednesday"}',
  '{"sv": "Evenemang några gånger per år. För mer information, kontakta Integrationsporten."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('aktivitetskalendern', 'social-network', '{}', '{"sv": "Aktivitetskalendern"}',
  '{"sv": "För samtliga kommuner."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- Part 6, «Ansvariga myndigheter och aktörer» (L412–L416), as general knowledge
-- names them (organisations.ts). Employment services by area (L151, R-A2).
('kela', 'authority', '{}', '{"sv": "FPA", "fi": "Kela", "en": "Kela"}',
  '{"sv": "Ger olika förmåner i olika livssituationer."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('migri', 'authority', '{}', '{"sv": "Migrationsverket", "fi": "Maahanmuuttovirasto", "en": "Finnish Immigration Service"}',
  '{"sv": "Ansvarar för uppehållstillstånd, inklusive tillstånd relaterade till familjeband och liknande."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('employment-jakobstad', 'authority', '{jakobstad,kronoby,larsmo,pedersore}',
  '{"sv": "Jakobstadsregionens sysselsättningsområde", "fi": "Pietarsaaren seudun työllisyysalue", "en": "Jakobstad Region Employment Area"}',
  '{"sv": "Ansvarar för arbetskraftsservice i Jakobstad, Kronoby, Larsmo och Pedersöre."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('employment-ostrobothnia', 'authority', '{nykarleby}',
  '{"sv": "Österbottens sysselsättningsområde", "fi": "Pohjanmaan työllisyysalue", "en": "Ostrobothnia Employment Area"}',
  '{"sv": "Ansvarar för arbetskraftsservice för arbetslösa arbetssökande i Nykarleby."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('wellbeing-ostrobothnia', 'authority', '{}',
  '{"sv": "Österbottens välfärdsområde", "fi": "Pohjanmaan hyvinvointialue", "en": "Wellbeing Services County of Ostrobothnia"}',
  '{"sv": "Tillhandahåller social- och hälsovårdstjänster samt förebyggande och kompletterande ekonomiskt stöd."}', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02');

-- «ÖVRIGT» (L296–L304): the project leaves the guide by itself after 30.4.2026.
-- Its contact in the source is a named person: left out.
INSERT INTO directory_entry (id, kind, municipalities, names, descriptions, valid_from, valid_until, created_at, updated_at) VALUES
('integration-works', 'project', '{}', '{"sv": "Integration Works", "fi": "Integration Works", "en": "Integration Works"}',
  '{"sv": "Projektets syfte är att stöda invandrades väg till arbete i så tidigt skede som möjligt. Målgrupp är invandrare i Jakobstadsregionen som är arbetslösa eller tillgängliga för arbete."}',
  '2024-01-01', '2026-04-30', '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02');

-- «Jakobstadsregionens infopunkt» (L380–L387, L403–L408). The organisational
-- contact (L387) belongs to the three Integrationsporten points; the Part 6
-- list gives Romporten none (T21). Larsmo and Pedersöre have no point of their
-- own, so the main point serves the whole region [I]. Romporten's «kontorstid
-- kl. 8-16» (L408) is read as Monday to Friday, the meaning of office hours.
INSERT INTO directory_entry (id, kind, municipalities, info_point, names, descriptions, email, phone, address, languages, opening_hours, created_at, updated_at) VALUES
('info-point-jakobstad', 'info-point', '{}', 'jakobstad',
  '{"sv": "Integrationsporten", "fi": "Integrationsporten", "en": "Integrationsporten"}',
  '{"sv": "Allmän information och rådgivning om kommunala tjänster på svenska, finska och engelska, vid behov på andra språk med hjälp av tolk. Porten guidar vidare till rätt myndighet, utbildningsinstitution eller fritidsaktivitet."}',
  'integration@jakobstad.fi', '+358 44 785 1686',
  '{"street": "Strengbergsgatan 1", "city": "Jakobstad", "entrance": "Ingång via Alholmsgatan"}',
  '{sv,fi,en}', NULL, '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- T02: the street is Topeliusesplanaden (L406), not «Topeliusplanaden» (L385).
('info-point-nykarleby', 'info-point', '{nykarleby}', 'nykarleby',
  '{"sv": "Integrationsporten Nykarleby", "fi": "Integrationsporten Uusikaarlepyy", "en": "Integrationsporten Nykarleby"}',
  '{"sv": "I biblioteket. Allmän information och rådgivning om kommunala tjänster på svenska, finska och engelska, vid behov på andra språk med hjälp av tolk."}',
  'integration@jakobstad.fi', '+358 44 785 1686',
  '{"street": "Topeliusesplanaden 10", "city": "Nykarleby"}',
  '{sv,fi,en}', NULL, '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
('info-point-kronoby', 'info-point', '{kronoby}', 'kronoby',
  '{"sv": "Integrationsporten Kronoby", "fi": "Integrationsporten Kruunupyy", "en": "Integrationsporten Kronoby"}',
  '{"sv": "I Kvarnen. Allmän information och rådgivning om kommunala tjänster på svenska, finska och engelska, vid behov på andra språk med hjälp av tolk."}',
  'integration@jakobstad.fi', '+358 44 785 1686',
  '{"street": "Torgarevägen 4", "city": "Kronoby"}',
  '{sv,fi,en}', NULL, '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02'),
-- The source gives no town for Romporten; Campus Allegro is in Jakobstad [X].
('info-point-romporten', 'info-point', '{jakobstad}', 'romporten',
  '{"sv": "Romporten", "fi": "Romporten", "en": "Romporten"}',
  '{"sv": "På Campus Allegro. Öppet kontorstid kl. 8–16."}',
  NULL, NULL,
  '{"street": "Runebergsgatan 8", "city": "Jakobstad"}',
  '{}', '{"regular": [{"days": [1, 2, 3, 4, 5], "opens": "08:00", "closes": "16:00"}], "exceptions": []}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02');

-- The pieces of the source the other inserts leave out.
INSERT INTO directory_entry (id, kind, municipalities, names, descriptions, address, created_at, updated_at) VALUES
-- T12: «Castréngsgatan» is kept as the source writes it; verify the street name.
('pietarsaari-mosque', 'third-sector', '{jakobstad}', '{"sv": "Pietarsaari Mosque", "fi": "Pietarsaari Mosque", "en": "Pietarsaari Mosque"}',
  '{"sv": "Moské i Jakobstad."}', '{"street": "Castréngsgatan 2", "city": "Jakobstad"}',
  '2024-11-11 00:00:00+02', '2024-11-11 00:00:00+02');

-- One history row per entry: created by the programme (changed_by NULL), with
-- the entry as the API shows it (src/directory/directory.ts, snapshotOf).
INSERT INTO directory_change (entry_id, changed_at, changed_by, change, fields, snapshot)
SELECT id, created_at, NULL, 'create', '{}',
  jsonb_build_object(
    'kind', kind,
    'municipalities', to_jsonb(municipalities),
    'infoPoint', info_point,
    'names', names,
    'descriptions', descriptions,
    'website', website,
    'email', email,
    'phone', phone,
    'address', address,
    'languages', to_jsonb(languages),
    'openingHours', opening_hours,
    'validFrom', valid_from,
    'validUntil', valid_until,
    'retiredAt', retired_at,
    'version', version
  )
FROM directory_entry
ORDER BY id;
