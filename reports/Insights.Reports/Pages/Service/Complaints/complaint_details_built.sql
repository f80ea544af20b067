-- whether the load has filled mart_complaint_detail (migration 0054): true once it holds rows, or when there is no complaint
-- to hold. A warehouse migrated and not loaded since has it empty; its views read the facts (complaints_in_view.sql).
select exists (select 1 from mart_complaint_detail) or not exists (select 1 from fct_complaint) as is_built
