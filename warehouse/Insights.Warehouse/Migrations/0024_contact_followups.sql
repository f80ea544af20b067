-- The follow-up of every contact for the service report's "what contacts lead to" view (issue 17's speed): the customer's
-- next completed order after the contact and whether they had ordered before it. The view (attribution.sql, lapse.sql)
-- found both per request by joining the period's contacts to every completed order (about 3 M contacts and 6.5 M orders
-- at SF10: seconds); with these two columns any window N is a filter, and with the contact's channel, direction and region
-- (at the contact) beside them the view reads this one table instead of the contacts joined to the customers. Kept by
-- Models/marts/mart_contact_followup.sql after each load.
-- Left empty here: its model fills it (migration 0044 names it pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

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
