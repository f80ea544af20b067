-- one row per chunk of the download (offer_mart_rows.sql): the first customer id of every $customers customers with kept
-- offers, in order; a chunk runs from its id up to the next chunk's
with customers as (
    select distinct customer_id from mart_customer_offer
),

firsts as (
    select customer_id
    from customers
    qualify (row_number() over (order by customer_id) - 1) % $customers = 0
)

select customer_id from firsts
order by customer_id
