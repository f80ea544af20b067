-- one row per complaint of the customer that the profile shows: the newest $limit (the timeline's, is_on_page) and the newest
-- $open_limit still open (the list at the top, is_open_listed), newest first; total: how many complaints there are in all.
-- One read for both lists. first_response_at is null where the source does not give it. mart_customer_complaint is
-- fct_complaint in customer order: its zonemaps skip every other customer's row groups.
with complaints as (
    select
        complaints.complaint_id,
        complaints.opened_at,
        complaints.first_response_at,
        complaints.resolved_at,
        complaints.status,
        complaints.category,
        complaints.severity,
        complaints.hours_to_resolve,
        complaints.complaint_text,
        complaints.order_id,
        products.product_name,
        row_number() over (order by complaints.opened_at desc, complaints.complaint_id desc) as newest_rank,
        row_number() over (partition by complaints.resolved_at is null
                           order by complaints.opened_at desc, complaints.complaint_id desc) as rank_in_state,
        count(*) over () as total
    from mart_customer_complaint as complaints
    left join dim_product as products on products.product_key = complaints.product_key
    where complaints.customer_id = $id
)

select
    complaint_id,
    opened_at,
    first_response_at,
    resolved_at,
    status,
    category,
    severity,
    hours_to_resolve,
    complaint_text,
    order_id,
    product_name,
    newest_rank <= $limit as is_on_page,
    resolved_at is null and rank_in_state <= $open_limit as is_open_listed,
    total
from complaints
where newest_rank <= $limit or (resolved_at is null and rank_in_state <= $open_limit)
order by opened_at desc, complaint_id desc
