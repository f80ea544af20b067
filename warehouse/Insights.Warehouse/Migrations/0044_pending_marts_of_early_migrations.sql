-- Migrations 0009, 0011, 0016, 0017, 0019, 0020, 0024 and 0033 once filled their new marts by repeating the model's statement,
-- so a rule lived twice; they now create the tables empty (their earlier text is accepted by its checksum:
-- SupersededMigrations.cs). etl_model_pending exists only from 0035, so this migration names those marts for the next load
-- to build in full, where they are empty while the facts they are built from hold rows: a warehouse migrated from before one
-- of them. A fresh warehouse (no facts yet) and one migrated and loaded before (its marts filled) get nothing here, so their
-- loads run as before. mart_customer_active_span and mart_order_day read mart_customer_order: empty beside order lines, it is
-- pending too, and the next build fills it first (graph order).

insert into etl_model_pending (model)
select model
from (
    select 'mart_customer_purchase_day' as model, not exists (select 1 from mart_customer_purchase_day) and exists (select 1 from fct_order_line) as is_empty_beside_facts
    union all
    select 'mart_customer_category_order', not exists (select 1 from mart_customer_category_order) and exists (select 1 from fct_order_line)
    union all
    select 'mart_customer_order', not exists (select 1 from mart_customer_order) and exists (select 1 from fct_order_line)
    union all
    select 'mart_complaint_term', not exists (select 1 from mart_complaint_term) and exists (select 1 from fct_complaint)
    union all
    select 'mart_customer_search', not exists (select 1 from mart_customer_search) and exists (select 1 from dim_customer)
    union all
    select 'mart_customer_active_span', not exists (select 1 from mart_customer_active_span) and exists (select 1 from fct_order_line)
    union all
    select 'mart_customer_order_line', not exists (select 1 from mart_customer_order_line) and exists (select 1 from fct_order_line)
    union all
    select 'mart_customer_return', not exists (select 1 from mart_customer_return) and exists (select 1 from fct_return)
    union all
    select 'mart_customer_contact', not exists (select 1 from mart_customer_contact) and exists (select 1 from fct_contact)
    union all
    select 'mart_customer_complaint', not exists (select 1 from mart_customer_complaint) and exists (select 1 from fct_complaint)
    union all
    select 'mart_contact_followup', not exists (select 1 from mart_contact_followup) and exists (select 1 from fct_contact)
    union all
    select 'mart_order_day', not exists (select 1 from mart_order_day) and exists (select 1 from fct_order_line)
) as marts
where is_empty_beside_facts
  -- 0035-0040 may have named one already (0040: mart_contact_followup)
  and model not in (select model from etl_model_pending);
