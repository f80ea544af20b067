-- one row: the headline numbers of the warehouse
with customers as (
    select count(*) as count_customers from dim_customer where is_current and not is_inferred
),

sales as (
    select
        count(distinct order_id) as count_orders,
        coalesce(sum(net_amount), 0)::decimal(18, 2) as net_amount,
        max(ordered_at) as last_ordered_at
    from fct_order_line
    where order_status = 'completed'
),

returns as (
    select count(*) as count_returns from fct_return
),

contacts as (
    select count(*) as count_contacts from fct_contact
),

complaints as (
    select count(*) filter (where resolved_at is null) as count_open_complaints from fct_complaint
)

select * from customers, sales, returns, contacts, complaints
