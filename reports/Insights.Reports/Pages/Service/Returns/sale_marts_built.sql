-- whether the load has filled the returns view's marts (mart_sale_day, migration 0034): true once it holds rows, or when there
-- is no completed line to hold. A warehouse migrated to 0034 and not loaded since has them empty; its views read the facts.
select exists (select 1 from mart_sale_day)
    or not exists (select 1 from fct_order_line where order_status = 'completed') as is_built
