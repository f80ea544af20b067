-- one row per staged line with its typed purchase fields and, when it cannot be loaded, the reason why.
-- $..._at parameters are 1-based field positions (0 = not mapped); defaults apply to unmapped optional fields. $field_count is
-- the number of Columns the mapping names: a line with fewer or more fields is quarantined, never cut to fit. The value rules
-- (whole_number_problem, decimal_problem, event_time_problem) are the ones every source shares (value_rules.sql); the typed
-- values below are used only when no rule refused their text, so a loaded value is exactly what the line says.
create or replace temp table mapped_parsed as
with fields as (
    select
        filename, line_number, line, encoding_problem, len(fields) as field_count,
        case when $customer_at > 0 then fields[$customer_at] end as customer_text,
        case when $ordered_at > 0 then fields[$ordered_at] end as ordered_text,
        case when $amount_at > 0 then fields[$amount_at] end as amount_text,
        case when $quantity_at > 0 then fields[$quantity_at] end as quantity_text,
        case when $order_at > 0 then fields[$order_at] end as order_text,
        case when $product_at > 0 then fields[$product_at] end as product_text,
        case when $channel_at > 0 then fields[$channel_at] end as channel_text
    from mapped_lines
),

typed as (
    select
        *,
        try_cast(customer_text as integer) as customer_id,
        try_strptime(ordered_text, $date_format) as ordered_at,
        try_cast(amount_text as decimal(12, 2)) as amount,
        coalesce(try_cast(quantity_text as integer), case when quantity_text is null then 1 end) as quantity,
        try_cast(order_text as bigint) as source_order_id,
        coalesce(try_cast(product_text as integer), case when product_text is null then $default_product end) as product_id,
        coalesce(lower(channel_text), $default_channel) as channel,
        -- a line without an order id in the file is its own order, with an id from source, file name and line number, so a
        -- changed file maps each line to the same order again
        coalesce(try_cast(order_text as bigint), (hash($source, parse_filename(filename), line_number) >> 1)::bigint) as order_id
    from fields
)

select
    *,
    case
        when encoding_problem is not null then encoding_problem
        when field_count <> $field_count
            then 'line has ' || field_count || ' fields; the mapping expects ' || $field_count
        when whole_number_problem('customer_id', customer_text, customer_id) is not null
            then whole_number_problem('customer_id', customer_text, customer_id)
        when ordered_at is null then 'date "' || coalesce(ordered_text, '') || '" does not match the format ' || $date_format
        when event_time_problem('date', ordered_at) is not null then event_time_problem('date', ordered_at)
        when decimal_problem('amount', amount_text, amount, 2) is not null then decimal_problem('amount', amount_text, amount, 2)
        when amount < 0 then 'negative amount ' || amount_text
        when quantity_text is not null and whole_number_problem('quantity', quantity_text, quantity) is not null
            then whole_number_problem('quantity', quantity_text, quantity)
        when quantity <= 0 then 'quantity "' || quantity_text || '" is not a positive whole number'
        when order_text is not null and whole_number_problem('order_id', order_text, source_order_id) is not null
            then whole_number_problem('order_id', order_text, source_order_id)
        when product_text is not null and whole_number_problem('product_id', product_text, product_id) is not null
            then whole_number_problem('product_id', product_text, product_id)
        when product_id is null then 'product_id: no product is mapped and DefaultProductId is not set'
    end as reject_reason
from typed
