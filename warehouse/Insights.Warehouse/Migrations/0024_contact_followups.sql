-- The follow-up of every contact for the service report's "what contacts lead to" view (issue 17's speed): the customer's
-- next completed order after the contact and whether they had ordered before it. The view (attribution.sql, lapse.sql)
-- found both per request by joining the period's contacts to every completed order (about 3 M contacts and 6.5 M orders
-- at SF10: seconds); with these two columns any window N is a filter, and with the contact's channel, direction and region
-- (at the contact) beside them the view reads this one table instead of the contacts joined to the customers. Kept by
-- Models/marts/mart_contact_followup.sql after each load, filled here once from what the warehouse already holds (the
-- model's statement, over every contact).

-- one row per contact
create table mart_contact_followup (
    contact_id          bigint not null,
    customer_id         integer not null,
    contacted_at        timestamp not null,
    channel_key         integer not null,
    direction           varchar not null,
    region              varchar,                    -- of the customer version in force at the contact (its key in fct_contact)
    next_ordered_at     timestamp,                  -- the customer's first completed order strictly after the contact; null: none yet
    has_prior_order     boolean not null            -- a completed order of the customer strictly before the contact
);

insert into mart_contact_followup by name
with contacts as (
    select f.contact_id, c.customer_id, f.contacted_at, f.channel_key, f.direction, c.region
    from fct_contact as f
    join dim_customer as c on c.customer_key = f.customer_key
),

orders as (
    select customer_id, ordered_at from mart_customer_order
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
        -- flags
        coalesce(first_orders.first_ordered_at < contacts.contacted_at, false) as has_prior_order
    from contacts
    asof left join orders as next_orders
        on next_orders.customer_id = contacts.customer_id and contacts.contacted_at < next_orders.ordered_at
    left join first_orders on first_orders.customer_id = contacts.customer_id
)

select * from final;
