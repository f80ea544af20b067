-- The service report's channels view for whole months without a pass over every contact (issue 17's speed: its first view of
-- a filtered view took 1.72 s p95 at SF10, most of it joining every contact to its customer version and channel and
-- counting distinct customers five ways). mart_contact_month holds the contacts per customer, month, channel, direction and
-- region, with the region of the customer's active stretch holding the month, so the view groups a customer-month table and
-- needs no range join to the active stretches.
-- Left empty here: the model (Models/marts/mart_contact_month.sql) fills it whole at the next `etl run` (named in
-- etl_model_pending); until then, and for a period that cuts a month, the view reads the contacts (contacts.sql).

-- one row per customer (business id), month, contact channel, direction and region (the customer version in force at the contacts)
create table mart_contact_month (
    customer_id             integer not null,
    month_start             date not null,              -- first day of the contacts' month
    channel_key             integer not null,
    direction               varchar not null,           -- inbound, outbound
    region                  varchar not null,           -- of the customer version in force at the contacts
    count_contacts          bigint not null,
    count_with_duration     bigint not null,            -- contacts with a duration (a missing one is left out of the mean)
    total_duration_seconds  bigint,                     -- their durations' sum (null: none has one)
    active_region           varchar                     -- region of the customer's active stretch holding the month (null: not active)
);

insert into etl_model_pending (model) values ('mart_contact_month');
