-- PLACEHOLDER (lead's skeleton for the service pages): replaced by the contract work's migration at merge
alter table fct_complaint add column first_response_at timestamp;
alter table fct_complaint add column reopened_count integer;
alter table fct_complaint add column hours_to_first_response double;
