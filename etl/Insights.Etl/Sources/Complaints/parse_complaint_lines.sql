-- one row per staged line with its typed fields and, when it cannot be loaded, the reason why
create or replace temporary table complaint_parsed as
with lines as (
    -- case, not and: DuckDB evaluates both sides of an and, and json_type throws on text that is not JSON
    select *, case when json_valid(line) then json_type(line) = 'OBJECT' else false end as is_object from complaint_lines
),

typed as (
    select
        filename,
        line_number,
        line,
        is_object,
        -- cast only what parsed: invalid lines become a null document (and a reason below), never an error
        (case when is_object then line end)::json as doc
    from lines
),

fields as (
    select
        filename, line_number, line, is_object,
        doc ->> 'complaint_id' as complaint_id_text,
        doc ->> 'customer_id' as customer_id_text,
        doc ->> 'opened_at' as opened_at_text,
        doc ->> 'resolved_at' as resolved_at_text,
        try_cast(doc ->> 'complaint_id' as bigint) as complaint_id,
        try_cast(doc ->> 'customer_id' as integer) as customer_id,
        try_cast(doc ->> 'order_id' as bigint) as order_id,
        try_cast(doc ->> 'product_id' as integer) as product_id,
        doc ->> 'category' as category,
        doc ->> 'severity' as severity,
        try_strptime(doc ->> 'opened_at', '%Y-%m-%d %H:%M:%S') as opened_at,
        try_strptime(doc ->> 'resolved_at', '%Y-%m-%d %H:%M:%S') as resolved_at,
        doc ->> 'status' as status,
        doc ->> 'text' as complaint_text,
        (doc ->> 'order_id') is not null and try_cast(doc ->> 'order_id' as bigint) is null as bad_order_id,
        (doc ->> 'product_id') is not null and try_cast(doc ->> 'product_id' as integer) is null as bad_product_id
    from typed
)

select
    *,
    case
        when not is_object then 'malformed JSON: the line is not one JSON object'
        when complaint_id_text is null then 'missing complaint_id'
        when complaint_id is null then 'complaint_id "' || complaint_id_text || '" is not a whole number'
        when customer_id_text is null then 'missing customer_id'
        when customer_id is null then 'customer_id "' || customer_id_text || '" is not a whole number'
        when opened_at_text is null then 'missing opened_at'
        when opened_at is null then 'opened_at "' || opened_at_text || '" is not a date-time (yyyy-MM-dd HH:mm:ss)'
        when resolved_at_text is not null and resolved_at is null
            then 'resolved_at "' || resolved_at_text || '" is not a date-time (yyyy-MM-dd HH:mm:ss)'
        when bad_order_id then 'order_id is not a whole number'
        when bad_product_id then 'product_id is not a whole number'
        when category is null then 'missing category'
        when status is null then 'missing status'
    end as reject_reason
from fields
