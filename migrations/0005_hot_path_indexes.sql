-- Indexes for the hot paths (issue 7), each found missing by
-- src/db/query-plans.test.ts: EXPLAIN of the queries as the app sends them,
-- over a register's worth of rows, read a large table whole without them.

-- The customer list and search page by key, in name order
-- (lower(last name), lower(first name), id: src/customers/customers.queries.ts).
-- customer_last_name_idx is text_pattern_ops, which serves LIKE prefixes but
-- not ORDER BY or the row comparison after a cursor, so every page sorted
-- every customer the organisation serves; with this one a page reads the
-- index in order from the cursor until the page is full.
CREATE INDEX customer_name_order_idx ON customer (lower(last_name), lower(first_name), id);

-- The work queue starts from the organisation's open customers. Over the
-- years most customers are closed, so the open ones are found here rather
-- than among all of them (customer_organisations_idx holds every customer).
CREATE INDEX customer_open_organisations_idx ON customer USING gin (responsible_organisations)
  WHERE closed_on IS NULL;

-- The follow-up report's reviews in a period (reviewed_on BETWEEN from AND
-- to); plan_review_plan_idx leads with the plan.
CREATE INDEX plan_review_reviewed_idx ON plan_review (reviewed_on);

-- The follow-up report's participations running in a period: ended_on IS
-- NULL OR ended_on >= the period's first day (a btree finds both).
CREATE INDEX participation_ended_idx ON participation (ended_on);

-- The audit log of a customer, newest first, paged by id (src/audit): with
-- (customer_id, at) every page sorted all of the customer's entries, which
-- grow with every read of the record.
DROP INDEX audit_log_customer_idx;
CREATE INDEX audit_log_customer_idx ON audit_log (customer_id, id);
