-- Foundation: organisations, staff users, sessions, API tokens, sign-in
-- throttling and the audit log. One migration set serves PostgreSQL and the
-- embedded PGlite database, so only plain PostgreSQL is used here.

CREATE TABLE organisation (
  id text PRIMARY KEY CHECK (id IN (
    'integration-unit', 'employment-jakobstad', 'employment-ostrobothnia', 'wellbeing-ostrobothnia'
  )),
  name_sv text NOT NULL,
  name_fi text NOT NULL,
  name_en text NOT NULL
);
COMMENT ON TABLE organisation IS 'The organisations whose staff use Porten (the contract''s four).';

INSERT INTO organisation (id, name_sv, name_fi, name_en) VALUES
  ('integration-unit', 'Integrationsenheten, Jakobstad', 'Kotoutumisyksikkö, Pietarsaari', 'Integration Unit, City of Jakobstad'),
  ('employment-jakobstad', 'Jakobstadsregionens sysselsättningsområde', 'Pietarsaaren seudun työllisyysalue', 'Jakobstad Region Employment Area'),
  ('employment-ostrobothnia', 'Österbottens sysselsättningsområde', 'Pohjanmaan työllisyysalue', 'Ostrobothnia Employment Area'),
  ('wellbeing-ostrobothnia', 'Österbottens välfärdsområde', 'Pohjanmaan hyvinvointialue', 'Wellbeing Services County of Ostrobothnia');

CREATE TABLE app_user (
  id uuid PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email) AND email LIKE '%_@_%'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  organisation_id text NOT NULL REFERENCES organisation (id),
  role text NOT NULL CHECK (role IN ('admin', 'counselor', 'front-desk', 'manager')),
  password_hash text,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
COMMENT ON TABLE app_user IS 'Staff users. One organisation and one role each.';
COMMENT ON COLUMN app_user.email IS 'Stored lower-cased; the sign-in name.';
COMMENT ON COLUMN app_user.password_hash IS 'argon2id PHC string; NULL for a user who signs in with tokens only.';
CREATE UNIQUE INDEX app_user_email_key ON app_user (email);
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

CREATE TABLE user_session (
  id_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
COMMENT ON COLUMN user_session.id_hash IS 'SHA-256 (hex) of the session cookie value; the value itself is never stored.';
CREATE INDEX user_session_user_idx ON user_session (user_id);
CREATE INDEX user_session_expires_idx ON user_session (expires_at);

CREATE TABLE api_token (
  id uuid PRIMARY KEY,
  token_hash text NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);
COMMENT ON TABLE api_token IS 'Bearer tokens for machine clients.';
COMMENT ON COLUMN api_token.token_hash IS 'SHA-256 (hex) of the token; the token is shown once and never stored.';
CREATE UNIQUE INDEX api_token_hash_key ON api_token (token_hash);
CREATE INDEX api_token_user_idx ON api_token (user_id);

CREATE TABLE sign_in_failure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  throttle_key text NOT NULL,
  failed_at timestamptz NOT NULL
);
COMMENT ON TABLE sign_in_failure IS 'Recent failed sign-ins, for slowing and refusing repeated attempts. Keys are hashes of the e-mail or the client address, never the address itself.';
CREATE INDEX sign_in_failure_key_idx ON sign_in_failure (throttle_key, failed_at);

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_user_id uuid REFERENCES app_user (id),
  actor_email text NOT NULL,
  actor_name text NOT NULL,
  actor_organisation_id text NOT NULL,
  actor_role text NOT NULL,
  customer_id uuid,
  action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  access text NOT NULL CHECK (access IN ('read', 'write')),
  details jsonb NOT NULL DEFAULT '{}',
  request_id text
);
COMMENT ON TABLE audit_log IS 'Who read or changed which customer''s data, when and how. Append-only.';
COMMENT ON COLUMN audit_log.actor_email IS 'Copied at the time of the event so the entry stays true if the user changes.';
COMMENT ON COLUMN audit_log.details IS 'What was touched (record ids, field names); never the values of personal data.';
CREATE INDEX audit_log_customer_idx ON audit_log (customer_id, at);
CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at);
