-- whether the load has filled mart_contact_month (migration 0045): true once it holds rows, or when there is no contact to
-- hold. A warehouse migrated and not loaded since has it empty; its views read the contacts (contacts.sql, active_months.sql).
select exists (select 1 from mart_contact_month) or not exists (select 1 from fct_contact) as is_built
