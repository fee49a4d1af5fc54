-- Part 6: anonymous walk-in visits at the info points (Integrationsporten),
-- and part 5: the region's directory of educators, associations, networks,
-- leisure services and authorities, with its change history.

CREATE TABLE visit (
  id uuid PRIMARY KEY,
  at timestamptz NOT NULL,
  visit_date date NOT NULL,
  location text NOT NULL CHECK (location IN ('jakobstad', 'nykarleby', 'kronoby', 'romporten')),
  language text NOT NULL CHECK (language IN ('sv', 'fi', 'en', 'other')),
  interpreter_language text CHECK (interpreter_language ~ '^[a-z]{2,3}$'),
  topics text[] NOT NULL CHECK (cardinality(topics) > 0 AND topics <@ ARRAY[
    'housing', 'work', 'studies', 'language-courses', 'health', 'family', 'benefits',
    'residence-permit', 'leisure', 'other'
  ]),
  referred_to text[] NOT NULL DEFAULT '{}',
  recorded_by uuid NOT NULL REFERENCES app_user (id),
  recorded_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (language = 'other' OR interpreter_language IS NULL)
);
COMMENT ON TABLE visit IS 'One walk-in visit (L420 «Besöksstatistik vid Integrationsporten»). Anonymous by design: no person, no free text.';
COMMENT ON COLUMN visit.visit_date IS 'The calendar date of `at` in Europe/Helsinki, for the follow-up figures.';
COMMENT ON COLUMN visit.language IS 'The language of service (L403): sv, fi, en, or other with an interpreter.';
COMMENT ON COLUMN visit.referred_to IS 'Where the visitor was referred: directory entry ids and organisation ids.';
CREATE INDEX visit_date_location_idx ON visit (visit_date, location);
CREATE INDEX visit_recorded_by_idx ON visit (recorded_by, visit_date);

CREATE TABLE directory_entry (
  id text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
  kind text NOT NULL CHECK (kind IN (
    'culture-leisure', 'adult-education', 'educator', 'business-advice', 'project',
    'third-sector', 'social-network', 'authority', 'info-point'
  )),
  municipalities text[] NOT NULL DEFAULT '{}' CHECK (municipalities <@ ARRAY['jakobstad', 'kronoby', 'larsmo', 'nykarleby', 'pedersore']),
  info_point text UNIQUE CHECK (info_point IN ('jakobstad', 'nykarleby', 'kronoby', 'romporten')),
  names jsonb NOT NULL,
  descriptions jsonb NOT NULL DEFAULT '{}',
  website text CHECK (website ~ '^https://'),
  email text,
  phone text,
  address jsonb,
  languages text[] NOT NULL DEFAULT '{}',
  opening_hours jsonb,
  valid_from date,
  valid_until date,
  retired_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from),
  CHECK ((kind = 'info-point') = (info_point IS NOT NULL))
);
COMMENT ON TABLE directory_entry IS 'An actor of the programme''s directory (rules.md §h): organisational contacts only, never a named person''s.';
COMMENT ON COLUMN directory_entry.municipalities IS 'Where the entry serves; empty means the whole region.';
COMMENT ON COLUMN directory_entry.names IS 'Name per language: {"sv": …, "fi": …, …}; Swedish required.';
COMMENT ON COLUMN directory_entry.address IS '{street, postalCode, city, entrance?} or NULL.';
COMMENT ON COLUMN directory_entry.opening_hours IS '{regular: [{days: [1-7], opens: "HH:MM", closes: "HH:MM"}], exceptions: [{date, closed, opens?, closes?, note?}]}';
COMMENT ON COLUMN directory_entry.valid_until IS 'After this day the entry leaves the guide by itself (a project''s end, say).';
CREATE INDEX directory_entry_kind_idx ON directory_entry (kind);

CREATE TABLE directory_change (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  entry_id text NOT NULL REFERENCES directory_entry (id),
  changed_at timestamptz NOT NULL,
  changed_by uuid REFERENCES app_user (id),
  change text NOT NULL CHECK (change IN ('create', 'update', 'retire', 'restore', 'import')),
  fields text[] NOT NULL DEFAULT '{}',
  snapshot jsonb NOT NULL
);
COMMENT ON TABLE directory_change IS 'The change history of the directory: who changed which entry when, with the entry as it was after the change.';
CREATE INDEX directory_change_entry_idx ON directory_change (entry_id, changed_at);
CREATE INDEX directory_change_by_idx ON directory_change (changed_by);
