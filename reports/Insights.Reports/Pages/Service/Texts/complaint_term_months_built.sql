-- whether the load has filled mart_complaint_detail and mart_complaint_term_month (migrations 0054, 0055): true once each
-- holds rows, or has nothing to hold (no complaint; no term). A warehouse migrated and not loaded since reads the index
-- (complaint_terms.sql).
select (exists (select 1 from mart_complaint_detail) or not exists (select 1 from fct_complaint))
   and (exists (select 1 from mart_complaint_term_month) or not exists (select 1 from mart_complaint_term)) as is_built
