-- one row per customer (business id, current version): every attribute the segment builder's conditions test (region,
-- sign-up channel, RFM scores and price class, orders and spend, order channels, complaints, returns, last contact,
-- self-service), so a segment preview is one scan of a million narrow rows.
-- A customer's own attributes change only when something of theirs landed: their master row, an order, a contact, a
-- complaint or a return (every landed version of those keys, so where a row sat before and after), and only those customers
-- are recomputed. The RFM columns move for everyone (quintiles are global, recency moves with the as-of date): they are
-- copied from mart_customer_rfm, already current for this run, where they differ. A full build, or a table still empty (a
-- warehouse migrated to 0019), computes everyone. This mart reads the marts mart_customer_rfm, mart_customer_order and
-- mart_segment_category (all current for this run).
-- The model figures (P(alive), expected purchases, CLV, overdue, the top offers: migration 0031) are copied from the
-- after-load model marts mart_customer_score and mart_customer_offer as they are now (the previous scoring: what a preview
-- read until the step rewrites them, copying everyone's again in its own transaction), so a preview reads this table alone.
-- The categories a customer is overdue in (migration 0042) come the same way from mart_customer_category_overdue.
-- inputs: dim_customer, dim_channel, mart_customer_rfm, mart_customer_order, mart_segment_category, fct_complaint, fct_return, fct_contact, stg_orders, stg_contacts, stg_complaints, stg_returns, batch_customers, batch_mart_orders, batch_contacts, batch_complaints, batch_returns, mart_customer_score, mart_customer_offer, mart_customer_category_overdue

create or replace temp table batch_segment_customers as
select customer_id from dim_customer
where $full or not exists (select 1 from mart_segment_customer)
union
select customer_id from batch_customers
union
select customer_id from stg_orders
where order_id in (select order_id from batch_mart_orders) and customer_id is not null
union
select customer_id from stg_contacts
where contact_id in (select contact_id from batch_contacts) and customer_id is not null
union
select customer_id from stg_complaints
where complaint_id in (select complaint_id from batch_complaints) and customer_id is not null
union
select orders.customer_id from stg_returns as returns
join stg_orders as orders on orders.order_id = returns.order_id
where returns.return_id in (select return_id from batch_returns) and orders.customer_id is not null;

-- the model figures of those customers, in a statement of their own: at SF10 a full build aggregating the top offers (2.6 M
-- rows) in the same statement as the other attributes' aggregates ran out of DuckDB's memory limit
create or replace temp table segment_customer_figures as
with offers as (
    select
        customer_id,
        any_value(item) filter (where offer_rank = 1) as top_offer,
        chr(31) || array_to_string(list_sort(list(item)), chr(31)) || chr(31) as top3_offers
    from mart_customer_offer
    where offer_rank <= 3 and customer_id in (select customer_id from batch_segment_customers)
    group by customer_id
),
overdue_categories as (
    select customer_id, chr(31) || array_to_string(list_sort(list(category)), chr(31)) || chr(31) as overdue_categories
    from mart_customer_category_overdue
    where customer_id in (select customer_id from batch_segment_customers)
    group by customer_id
)
select
    coalesce(scores.customer_id, offers.customer_id, overdue_categories.customer_id) as customer_id,
    scores.p_alive, scores.expected_purchases_90d, scores.clv_amount, scores.is_overdue,
    offers.top_offer, offers.top3_offers, overdue_categories.overdue_categories
from (
    select customer_id, p_alive, expected_purchases_90d, clv_amount, is_overdue
    from mart_customer_score
    where customer_id in (select customer_id from batch_segment_customers)
) as scores
full join offers on offers.customer_id = scores.customer_id
full join overdue_categories on overdue_categories.customer_id = coalesce(scores.customer_id, offers.customer_id);

delete from mart_segment_customer
where customer_id in (select customer_id from batch_segment_customers);

-- Each per-customer aggregate in a statement of its own, kept in a temporary table, and the insert a join of narrow tables:
-- at SF10 a full build (a million customers) running every aggregate of one statement at once ran out of DuckDB's memory
-- limit inside the load's transaction (858 MiB pinned), where one aggregate at a time fits.
create or replace temp table segment_customer_current as
select customer_id, region, signup_channel from dim_customer
where is_current and customer_id in (select customer_id from batch_segment_customers);

-- every version's key of those customers: facts point at the version in force at the event
create or replace temp table segment_customer_keys as
select customer_key, customer_id from dim_customer
where customer_id in (select customer_id from segment_customer_current);

-- distinct (customer, channel) pairs first, then one short list per customer: aggregating the order rows straight into
-- per-customer lists ran an SF10 full build out of memory
create or replace temp table segment_customer_order_channels as
with order_channel_pairs as (
    select distinct customer_id, channel_code
    from mart_customer_order
    where customer_id in (select customer_id from segment_customer_current)
)

select customer_id, chr(31) || array_to_string(list_sort(list(channel_code)), chr(31)) || chr(31) as order_channels
from order_channel_pairs
group by customer_id;

create or replace temp table segment_customer_categories as
select customer_id, chr(31) || array_to_string(list_sort(list(category)), chr(31)) || chr(31) as categories
from mart_segment_category
where customer_id in (select customer_id from segment_customer_current)
group by customer_id;

create or replace temp table segment_customer_complaints as
select
    keys.customer_id,
    count(*) as count_complaints,
    count(*) filter (where complaints.status = 'open') as count_open_complaints,
    count(*) filter (where complaints.status <> 'resolved') as count_unresolved_complaints,
    max(complaints.hours_to_resolve) filter (where complaints.status = 'resolved' and complaints.severity = 'low') as max_hours_to_resolve_low,
    max(complaints.hours_to_resolve) filter (where complaints.status = 'resolved' and complaints.severity = 'medium') as max_hours_to_resolve_medium,
    max(complaints.hours_to_resolve) filter (where complaints.status = 'resolved' and complaints.severity = 'high') as max_hours_to_resolve_high,
    max(complaints.hours_to_resolve) filter (where complaints.status = 'resolved' and complaints.severity = 'critical') as max_hours_to_resolve_critical
from fct_complaint as complaints
join segment_customer_keys as keys on keys.customer_key = complaints.customer_key
group by keys.customer_id;

create or replace temp table segment_customer_returns as
select keys.customer_id, count(*) as count_returns
from fct_return as returns
join segment_customer_keys as keys on keys.customer_key = returns.customer_key
group by keys.customer_id;

create or replace temp table segment_customer_contacts as
select
    keys.customer_id,
    max(contacts.contacted_at) as last_contacted_at,
    arg_max(channels.channel_code, contacts.contacted_at) as last_contact_channel,
    max(contacts.contacted_at) filter (where channels.crm_face = 'collaborative') as last_self_service_at
from fct_contact as contacts
join segment_customer_keys as keys on keys.customer_key = contacts.customer_key
join dim_channel as channels on channels.channel_key = contacts.channel_key
group by keys.customer_id;

insert into mart_segment_customer by name
with final as (
    select
        -- ids
        customers.customer_id,
        -- attributes
        customers.region,
        customers.signup_channel,
        rfm.segment,
        rfm.r_score,
        rfm.f_score,
        rfm.m_score,
        rfm.price_class,
        coalesce(order_channels.order_channels, chr(31)) as order_channels,
        coalesce(categories.categories, chr(31)) as categories,
        contacts.last_contact_channel,
        figures.top_offer,
        coalesce(figures.top3_offers, chr(31)) as top3_offers,
        figures.is_overdue,
        coalesce(figures.overdue_categories, chr(31)) as overdue_categories,
        -- numerics
        coalesce(rfm.count_orders, 0) as count_orders,
        coalesce(rfm.net_amount, 0)::decimal(18, 2) as net_amount,
        coalesce(complaints.count_complaints, 0) as count_complaints,
        coalesce(complaints.count_open_complaints, 0) as count_open_complaints,
        coalesce(complaints.count_unresolved_complaints, 0) as count_unresolved_complaints,
        coalesce(returns.count_returns, 0) as count_returns,
        complaints.max_hours_to_resolve_low,
        complaints.max_hours_to_resolve_medium,
        complaints.max_hours_to_resolve_high,
        complaints.max_hours_to_resolve_critical,
        figures.p_alive,
        figures.expected_purchases_90d,
        figures.clv_amount,
        -- dates and timestamps
        rfm.last_ordered_on,
        contacts.last_contacted_at,
        contacts.last_self_service_at
    from segment_customer_current as customers
    left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
    left join segment_customer_order_channels as order_channels on order_channels.customer_id = customers.customer_id
    left join segment_customer_categories as categories on categories.customer_id = customers.customer_id
    left join segment_customer_complaints as complaints on complaints.customer_id = customers.customer_id
    left join segment_customer_returns as returns on returns.customer_id = customers.customer_id
    left join segment_customer_contacts as contacts on contacts.customer_id = customers.customer_id
    left join segment_customer_figures as figures on figures.customer_id = customers.customer_id
)

select * from final;

-- the RFM columns of everyone else, where mart_customer_rfm changed them (most rows keep their segment from load to load)
update mart_segment_customer
set segment = rfm.segment, r_score = rfm.r_score, f_score = rfm.f_score, m_score = rfm.m_score, price_class = rfm.price_class,
    count_orders = rfm.count_orders, net_amount = rfm.net_amount, last_ordered_on = rfm.last_ordered_on
from mart_customer_rfm as rfm
where rfm.customer_id = mart_segment_customer.customer_id
  and (mart_segment_customer.segment is distinct from rfm.segment
    or mart_segment_customer.r_score is distinct from rfm.r_score
    or mart_segment_customer.f_score is distinct from rfm.f_score
    or mart_segment_customer.m_score is distinct from rfm.m_score
    or mart_segment_customer.price_class is distinct from rfm.price_class
    or mart_segment_customer.count_orders <> rfm.count_orders
    or mart_segment_customer.net_amount <> rfm.net_amount
    or mart_segment_customer.last_ordered_on is distinct from rfm.last_ordered_on);

-- a customer whose last completed order was cancelled has no RFM row any more
update mart_segment_customer
set segment = null, r_score = null, f_score = null, m_score = null, price_class = null,
    count_orders = 0, net_amount = 0, last_ordered_on = null
where segment is not null and customer_id not in (select customer_id from mart_customer_rfm);

drop table batch_segment_customers;
drop table segment_customer_figures;
drop table segment_customer_current;
drop table segment_customer_keys;
drop table segment_customer_order_channels;
drop table segment_customer_categories;
drop table segment_customer_complaints;
drop table segment_customer_returns;
drop table segment_customer_contacts;
