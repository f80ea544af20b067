-- one row per contact (see migration 0024): the customer's next completed order after the contact (null: none yet) and
-- whether they had a completed order before it, with the contact's channel, direction and region (the customer version in
-- force at the contact), which the service report's "what contacts lead to" view filters for any
-- window N, and the day of the same customer's previous contact through the same channel and direction (and in the same
-- region: migration 0040), so that the first contact of a customer in a window of days is the one whose previous contact
-- lies before it (the view counts customers without a distinct), and of their next contact (any channel; and in the same
-- region), so that their last contact in a window is the one whose next contact lies after it. Recomputed for every contact of the customers of the
-- contacts fct_contact rebuilt (batch_fact_contacts: this run's contacts and those re-keyed to a new customer version: a
-- contact changes its successor's previous contact) and of the customers of this run's orders (batch_order_days: before and
-- after the rebuild, so an order placed, cancelled or moved updates the contacts it follows). Migration 0024 creates the
-- table empty; 0040 leaves it pending, to be built whole.
-- inputs: fct_contact, dim_customer, mart_customer_order, mart_customer_contact, batch_fact_contacts, batch_order_days
create or replace temp table batch_followup_contacts as
select contact_id from batch_fact_contacts
union
-- mart_customer_contact is in customer order: a day's customers read a few row groups, not every contact
select contact_id from mart_customer_contact
where customer_id in (select customer_id from batch_order_days)
   or customer_id in (
        select c.customer_id
        from fct_contact as f
        join dim_customer as c on c.customer_key = f.customer_key
        where f.contact_id in (select contact_id from batch_fact_contacts));

delete from mart_contact_followup
where contact_id in (select contact_id from batch_followup_contacts);

insert into mart_contact_followup by name
with contacts as (
    select f.contact_id, c.customer_id, f.contacted_at, f.channel_key, f.direction, c.region
    from fct_contact as f
    join dim_customer as c on c.customer_key = f.customer_key
    where $full or f.contact_id in (select contact_id from batch_followup_contacts)
),

orders as (
    select customer_id, ordered_at from mart_customer_order
    where $full or customer_id in (select customer_id from contacts)
),

first_orders as (
    select customer_id, min(ordered_at) as first_ordered_at from orders group by customer_id
),

final as (
    select
        -- ids
        contacts.contact_id,
        contacts.customer_id,
        -- timestamps
        contacts.contacted_at,
        next_orders.ordered_at as next_ordered_at,
        -- keys and attributes the view filters and groups by
        contacts.channel_key,
        contacts.direction,
        contacts.region,
        -- the customer's previous contact through the same channel and direction (in contact order), and the same in the region
        lag(contacts.contacted_at::date) over (
            partition by contacts.customer_id, contacts.channel_key, contacts.direction
            order by contacts.contacted_at, contacts.contact_id) as prev_group_contacted_on,
        lag(contacts.contacted_at::date) over (
            partition by contacts.customer_id, contacts.channel_key, contacts.direction, contacts.region
            order by contacts.contacted_at, contacts.contact_id) as prev_group_region_contacted_on,
        -- the customer's next contact (any channel, in contact order), and the same in the region
        lead(contacts.contacted_at::date) over (
            partition by contacts.customer_id order by contacts.contacted_at, contacts.contact_id) as next_contacted_on,
        lead(contacts.contacted_at::date) over (
            partition by contacts.customer_id, contacts.region order by contacts.contacted_at, contacts.contact_id) as next_region_contacted_on,
        -- flags
        coalesce(first_orders.first_ordered_at < contacts.contacted_at, false) as has_prior_order
    from contacts
    asof left join orders as next_orders
        on next_orders.customer_id = contacts.customer_id and contacts.contacted_at < next_orders.ordered_at
    left join first_orders on first_orders.customer_id = contacts.customer_id
)

select * from final;
