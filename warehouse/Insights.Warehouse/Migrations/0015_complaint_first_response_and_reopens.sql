-- The complaint export may say when the service desk first answered the customer (first_response_at) and how often the
-- complaint was reopened after a resolution (reopened_count); both are optional in the contract (docs/etl.md). A complaint
-- landed from a file without them, and every complaint landed before this migration, keeps null there: "not in the source",
-- never zero, so the service metrics can tell an unanswered complaint from one whose export does not say.
alter table raw_complaints add column first_response_at timestamp;

alter table raw_complaints add column reopened_count integer;

-- fct_complaint carries them and the hours from opening to the first response (like hours_to_resolve; null without one).
-- Existing rows keep nulls until their complaint is landed again: their raw rows have none to give.
alter table fct_complaint add column first_response_at timestamp;

alter table fct_complaint add column reopened_count integer;

alter table fct_complaint add column hours_to_first_response double;
