-- one row per staged line with its typed fields and, when it cannot be loaded, the first rule it breaks, in words.
-- whole_number_problem and event_time_problem are the rules every source shares (value_rules.sql). Known codes are the complaint desk's (see Demo/ComplaintDesk.cs); they compare as the models read them (trimmed, lower case).
create or replace temp macro code_problem(field_name, code, known_codes) as
    case when nullif(trim(code), '') is null then 'missing ' || field_name
         when not list_contains(known_codes, lower(trim(code)))
             then 'unknown ' || field_name || ' ''' || code || '''; known: ' || array_to_string(known_codes, ', ') end;

create or replace temp table complaint_parsed as
with lines as (
    -- case, not and: DuckDB evaluates both sides of an and, and json_type throws on text that is not JSON
    select *, case when encoding_problem is null and json_valid(line) then json_type(line) end as json_kind from complaint_lines
),

typed as (
    select
        filename,
        line_number,
        line,
        encoding_problem,
        json_kind,
        -- cast only what parsed: invalid lines become a null document (and a reason below), never an error
        (case when json_kind = 'OBJECT' then line end)::json as doc
    from lines
),

fields as (
    select
        filename, line_number, line, encoding_problem, json_kind,
        doc ->> 'complaint_id' as complaint_id_text,
        doc ->> 'customer_id' as customer_id_text,
        doc ->> 'order_id' as order_id_text,
        doc ->> 'product_id' as product_id_text,
        doc ->> 'opened_at' as opened_at_text,
        doc ->> 'resolved_at' as resolved_at_text,
        -- optional (the contract's later fields): absent or null means the export does not say
        doc ->> 'first_response_at' as first_response_at_text,
        doc ->> 'reopened_count' as reopened_count_text,
        try_cast(doc ->> 'complaint_id' as bigint) as complaint_id,
        try_cast(doc ->> 'customer_id' as integer) as customer_id,
        try_cast(doc ->> 'order_id' as bigint) as order_id,
        try_cast(doc ->> 'product_id' as integer) as product_id,
        doc ->> 'category' as category,
        doc ->> 'severity' as severity,
        try_strptime(doc ->> 'opened_at', '%Y-%m-%d %H:%M:%S') as opened_at,
        try_strptime(doc ->> 'resolved_at', '%Y-%m-%d %H:%M:%S') as resolved_at,
        try_strptime(doc ->> 'first_response_at', '%Y-%m-%d %H:%M:%S') as first_response_at,
        try_cast(doc ->> 'reopened_count' as integer) as reopened_count,
        doc ->> 'status' as status,
        doc ->> 'text' as complaint_text
    from typed
),

known as (
    select
        ['billing_error', 'damaged_item', 'delivery_delay', 'product_quality', 'staff_behaviour', 'website_problem',
         'wrong_item'] as categories,
        ['low', 'medium', 'high', 'critical'] as severities,
        ['open', 'in_progress', 'resolved'] as statuses
)

select
    fields.*,
    case
        when encoding_problem is not null then encoding_problem
        when json_kind is null then 'malformed JSON: the line is not one JSON object'
        when json_kind <> 'OBJECT'
            then 'not a complaint: the line is a JSON '
                 || case json_kind when 'ARRAY' then 'array' when 'VARCHAR' then 'string' when 'BOOLEAN' then 'true/false'
                                   when 'NULL' then 'null' else 'number' end
                 || ', not one JSON object'
        when complaint_id_text is null then 'missing complaint_id'
        when whole_number_problem('complaint_id', complaint_id_text, complaint_id) is not null
            then whole_number_problem('complaint_id', complaint_id_text, complaint_id)
        when customer_id_text is null then 'missing customer_id'
        when whole_number_problem('customer_id', customer_id_text, customer_id) is not null
            then whole_number_problem('customer_id', customer_id_text, customer_id)
        when order_id_text is not null and whole_number_problem('order_id', order_id_text, order_id) is not null
            then whole_number_problem('order_id', order_id_text, order_id)
        when product_id_text is not null and whole_number_problem('product_id', product_id_text, product_id) is not null
            then whole_number_problem('product_id', product_id_text, product_id)
        when opened_at_text is null then 'missing opened_at'
        when opened_at is null then 'opened_at "' || opened_at_text || '" is not a date-time (yyyy-MM-dd HH:mm:ss)'
        when resolved_at_text is not null and resolved_at is null
            then 'resolved_at "' || resolved_at_text || '" is not a date-time (yyyy-MM-dd HH:mm:ss)'
        when event_time_problem('opened_at', opened_at) is not null then event_time_problem('opened_at', opened_at)
        when event_time_problem('resolved_at', resolved_at) is not null then event_time_problem('resolved_at', resolved_at)
        when code_problem('category', category, known.categories) is not null
            then code_problem('category', category, known.categories)
        when code_problem('severity', severity, known.severities) is not null
            then code_problem('severity', severity, known.severities)
        when code_problem('status', status, known.statuses) is not null
            then code_problem('status', status, known.statuses)
        when resolved_at < opened_at
            then 'resolved_at ' || resolved_at_text || ' is before opened_at ' || opened_at_text
        when lower(trim(status)) = 'resolved' and resolved_at is null then 'status ''' || status || ''' without resolved_at'
        -- the optional fields, checked only where a line has them
        when first_response_at_text is not null and first_response_at is null
            then 'first_response_at "' || shown(first_response_at_text, 200) || '" is not a date-time (yyyy-MM-dd HH:mm:ss)'
        when event_time_problem('first_response_at', first_response_at) is not null
            then event_time_problem('first_response_at', first_response_at)
        when first_response_at < opened_at
            then 'first_response_at ' || first_response_at_text || ' is before opened_at ' || opened_at_text
        -- resolving a complaint answers the customer, so the first answer comes no later (the same instant: it solved it)
        when first_response_at > resolved_at
            then 'first_response_at ' || first_response_at_text || ' is after resolved_at ' || resolved_at_text
                 || ': a resolution answers the customer, so the first response comes no later'
        when reopened_count_text is not null and whole_number_problem('reopened_count', reopened_count_text, reopened_count) is not null
            then whole_number_problem('reopened_count', reopened_count_text, reopened_count)
        when reopened_count < 0
            then 'reopened_count ' || reopened_count_text || ' is negative: a complaint is reopened zero or more times'
    end as reject_reason
from fields
cross join known
