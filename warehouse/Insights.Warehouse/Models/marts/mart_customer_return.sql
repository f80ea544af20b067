-- one row per return (see migration 0020): fct_return in customer order, so that a profile's timeline reads one customer's rows
-- through the zonemaps instead of scanning every row. Rebuilt for the returns fct_return rebuilt (batch_fact_returns: this
-- run's returns and those of rebuilt orders); a full build writes every row. A day's rows go in as a small tail in customer
-- order after the sorted body, whose zonemaps still skip.
-- inputs: fct_return, dim_customer, batch_fact_returns
delete from mart_customer_return
where return_id in (select return_id from batch_fact_returns);

-- the runner turns insertion order off for its big models; this table's order is what makes a profile fast, so it is kept here
set session preserve_insertion_order = true;

insert into mart_customer_return by name
with facts as (
    select * from fct_return
    where $full or return_id in (select return_id from batch_fact_returns)
),

final as (
    select
        -- ids
        customers.customer_id,
        facts.return_id,
        -- timestamps
        facts.returned_at,
        -- keys of what the page names
        facts.order_id,
        facts.product_key,
        -- numerics
        facts.quantity,
        facts.refund_amount,
        -- attributes
        facts.reason
    from facts
    join dim_customer as customers on customers.customer_key = facts.customer_key
)

select * from final
order by customer_id, return_id;

set session preserve_insertion_order = false;
