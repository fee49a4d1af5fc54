-- Case work (issue 4): customers, assessments, plans and their reviews,
-- participations in civic orientation and integration training, final
-- language tests. Every row that staff can edit carries `version` for
-- optimistic locking: a save names the version it read, and a stale one is
-- refused (409) instead of silently overwriting someone else's change.

CREATE TABLE customer (
  id uuid PRIMARY KEY,
  first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  birth_date date NOT NULL,
  personal_identity_code text CHECK (personal_identity_code ~ '^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Y]$'),
  municipality text NOT NULL CHECK (municipality IN ('jakobstad', 'kronoby', 'larsmo', 'nykarleby', 'pedersore')),
  job_seeker_status text NOT NULL CHECK (job_seeker_status IN ('unemployed', 'other-job-seeker', 'not')),
  categories text[] NOT NULL DEFAULT '{}' CHECK (categories <@ ARRAY[
    'quota-refugee', 'international-protection', 'unaccompanied-minor', 'trafficking-victim',
    'social-assistance', 'home-care-allowance', 'family-member', 'other'
  ]),
  needs_coordination boolean NOT NULL DEFAULT false,
  languages jsonb NOT NULL DEFAULT '[]',
  arrived_on date,
  residence_permit_on date,
  phone text,
  email text,
  address text,
  interpreter_needed boolean NOT NULL DEFAULT false,
  interpreter_language text,
  responsible_organisations text[] NOT NULL CHECK (cardinality(responsible_organisations) > 0),
  responsibility_reason text,
  closed_on date,
  closure_reason text CHECK (closure_reason IN ('moved-away', 'plan-completed', 'employed', 'studies', 'declined', 'deceased', 'other')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK ((closed_on IS NULL) = (closure_reason IS NULL))
);
COMMENT ON TABLE customer IS 'A newcomer served under the integration programme. Personal data: every read and change is audited.';
COMMENT ON COLUMN customer.responsible_organisations IS 'The organisations that serve the customer and so may see the record; proposed by the programme rules, changeable by a counsellor with a reason.';
COMMENT ON COLUMN customer.languages IS 'JSON list of {code, native?}: ISO 639 codes, the native one marked.';
COMMENT ON COLUMN customer.needs_coordination IS 'A counsellor''s judgement that services need coordination (L149, AMB-08).';
CREATE UNIQUE INDEX customer_identity_code_key ON customer (personal_identity_code) WHERE personal_identity_code IS NOT NULL;
CREATE INDEX customer_last_name_idx ON customer (lower(last_name) text_pattern_ops, lower(first_name), id);
CREATE INDEX customer_first_name_idx ON customer (lower(first_name) text_pattern_ops, id);
CREATE INDEX customer_birth_date_idx ON customer (birth_date);
CREATE INDEX customer_organisations_idx ON customer USING gin (responsible_organisations);

CREATE TABLE family_link (
  customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  relative_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
  relation text NOT NULL CHECK (relation IN ('spouse', 'parent', 'child', 'sibling', 'other')),
  PRIMARY KEY (customer_id, relative_id),
  CHECK (customer_id <> relative_id)
);
CREATE INDEX family_link_relative_idx ON family_link (relative_id);

CREATE TABLE assessment (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customer (id),
  kind text NOT NULL CHECK (kind IN ('standard', 'multisectoral')),
  completed_on date NOT NULL,
  organisations text[] NOT NULL CHECK (cardinality(organisations) > 0),
  content jsonb NOT NULL DEFAULT '{}',
  needs_plan boolean,
  needs_integration_training boolean,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (kind = 'standard' OR 'wellbeing-ostrobothnia' = ANY (organisations))
);
COMMENT ON TABLE assessment IS 'Part 1: assessment of competence and service needs; multisectoral ones with the wellbeing county (L149, L155).';
COMMENT ON COLUMN assessment.content IS 'The interview (L155): goals, education, work history, language skills as CEFR levels, literacy, work ability, study and employment needs.';
COMMENT ON COLUMN assessment.completed_on IS 'The day the assessment was completed; a plan needs one (L177).';
CREATE INDEX assessment_customer_idx ON assessment (customer_id, completed_on);
CREATE INDEX assessment_completed_idx ON assessment (completed_on);
CREATE INDEX assessment_created_by_idx ON assessment (created_by);

CREATE TABLE plan (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customer (id),
  assessment_id uuid NOT NULL REFERENCES assessment (id),
  plan_type text NOT NULL CHECK (plan_type IN ('integration-plan', 'multisectoral-integration-plan', 'employment-plan')),
  starts_on date NOT NULL,
  valid_until date NOT NULL,
  next_review_due date NOT NULL,
  primary_goal text NOT NULL CHECK (primary_goal IN ('employment', 'education')),
  long_term_goals text NOT NULL DEFAULT '',
  period_goals text NOT NULL DEFAULT '',
  services jsonb NOT NULL DEFAULT '{}',
  organisations text[] NOT NULL CHECK (cardinality(organisations) > 0),
  obligations_acknowledged_on date,
  ended_on date,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  -- Programme, part 2: «Integrationsplanen är i kraft högst två år.» (L190)
  CHECK (valid_until >= starts_on AND valid_until <= starts_on + interval '2 years'),
  CHECK (next_review_due > starts_on)
);
COMMENT ON COLUMN plan.services IS 'Agreed services by area (L182): {employment, health, civicSkills, studies, family}, each a list of short texts.';
COMMENT ON COLUMN plan.next_review_due IS 'Six months after the start or the latest review (L190), month ends clamped.';
CREATE INDEX plan_customer_idx ON plan (customer_id, starts_on);
CREATE INDEX plan_assessment_idx ON plan (assessment_id);
CREATE INDEX plan_next_review_idx ON plan (next_review_due) WHERE ended_on IS NULL;
CREATE INDEX plan_valid_idx ON plan (starts_on, valid_until);
CREATE INDEX plan_created_by_idx ON plan (created_by);

CREATE TABLE plan_review (
  id uuid PRIMARY KEY,
  plan_id uuid NOT NULL REFERENCES plan (id),
  reviewed_on date NOT NULL,
  reason text NOT NULL CHECK (reason IN ('scheduled', 'change-in-situation', 'customer-request')),
  notes text NOT NULL DEFAULT '',
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL
);
CREATE INDEX plan_review_plan_idx ON plan_review (plan_id, reviewed_on);
CREATE INDEX plan_review_created_by_idx ON plan_review (created_by);

CREATE TABLE participation (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customer (id),
  service text NOT NULL CHECK (service IN ('civic-orientation', 'integration-training')),
  started_on date NOT NULL,
  ended_on date,
  language text,
  provider text,
  interrupted boolean NOT NULL DEFAULT false,
  interruption_reason text,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  CHECK (ended_on IS NULL OR ended_on >= started_on),
  CHECK (NOT interrupted OR (ended_on IS NOT NULL AND interruption_reason IS NOT NULL))
);
COMMENT ON COLUMN participation.ended_on IS 'NULL while the participation goes on; an interrupted one ends on the day it was interrupted.';
CREATE INDEX participation_customer_idx ON participation (customer_id, service);
CREATE INDEX participation_period_idx ON participation (service, started_on, ended_on);
CREATE INDEX participation_created_by_idx ON participation (created_by);

CREATE TABLE language_test (
  id uuid PRIMARY KEY,
  customer_id uuid NOT NULL REFERENCES customer (id),
  taken_on date NOT NULL,
  language text NOT NULL CHECK (language IN ('sv', 'fi')),
  results jsonb NOT NULL,
  lowest_level text NOT NULL CHECK (lowest_level IN ('A1.1', 'A1.2', 'A1.3', 'A2.1', 'A2.2', 'B1.1', 'B1.2', 'B2.1', 'B2.2', 'C1.1', 'C1.2', 'C2')),
  reached_target boolean NOT NULL,
  created_by uuid NOT NULL REFERENCES app_user (id),
  created_at timestamptz NOT NULL
);
COMMENT ON COLUMN language_test.results IS 'CEFR level per skill: {reading, writing, listening, speaking}.';
COMMENT ON COLUMN language_test.reached_target IS 'Whether the lowest skill is B1.1 or higher, the programme''s target (L224).';
CREATE INDEX language_test_customer_idx ON language_test (customer_id, taken_on);
CREATE INDEX language_test_taken_idx ON language_test (taken_on);
CREATE INDEX language_test_created_by_idx ON language_test (created_by);

CREATE INDEX audit_log_at_idx ON audit_log (at);
