-- whether the load has filled the returns view's marts: mart_sale_day (migration 0034) for a view without a segment,
-- mart_sale_segment_day (0037) for one with an RFM segment; each true once it holds rows, or when there is no completed line
-- to hold. A warehouse migrated and not loaded since has them empty; its views read the facts.
with has_lines as (
    select exists (select 1 from fct_order_line where order_status = 'completed') as has_lines
)

select
    exists (select 1 from mart_sale_day) or not (select has_lines from has_lines) as is_built,
    exists (select 1 from mart_sale_segment_day) or not (select has_lines from has_lines) as is_segment_built
