-- "What contacts lead to" for any window N without a pass over every contact and order per request (issue 17's speed: its
-- first views took up to 3.7 s at SF10). Two things the view computed per request now come from the load:
-- 1. the distinct customers behind a channel and direction's contacts: each contact carries the day of the same customer's
--    previous contact through the same channel and direction (and through them in the same region), so the first contact of
--    a customer in any window of days is the one whose previous contact lies before the window: a count, not a distinct;
--    likewise the day of their next contact (any channel; and in the same region) makes a customer's last contact in a
--    window the one whose next contact lies after it (the lapse table, without a window function over every contact);
-- 2. the baseline's control days (the 1st of each month): mart_contact_control holds per customer with a contact and control
--    day the days since their latest contact on or before it and the days to their next completed order after its noon,
--    when either is within 365 days (the largest N), so a control day is ruled out or followed for N when its gap is at most N.
-- Left empty here: the models (Models/marts/mart_contact_followup.sql, mart_contact_control.sql) fill them whole at the next
-- `etl run` (named in etl_model_pending); until then the view computes the baseline from the contacts and orders as before
-- (AttributionQuery reads mart_contact_control_span to know).

alter table mart_contact_followup add column prev_group_contacted_on date;          -- same customer, channel and direction
alter table mart_contact_followup add column prev_group_region_contacted_on date;   -- the same, and the same region
alter table mart_contact_followup add column next_contacted_on date;                -- same customer, any channel (null: the last)
alter table mart_contact_followup add column next_region_contacted_on date;         -- the same, and the same region

-- one row per customer with a contact and control day (the 1st of a month, from the month of the first contact to the data's
-- last day) with a contact within 365 days before it or a completed order within 365 days after its noon
create table mart_contact_control (
    customer_id          integer not null,
    anchor_on            date not null,            -- the control day
    days_since_contact   smallint,                 -- its day less the day of the customer's latest contact on or before it (0-365; null: none within 365)
    days_to_order        smallint,                 -- the day of the customer's first completed order after its noon less its day (0-365; null: none within 365)
    days_first           smallint not null         -- the smaller of the two (366 for none): the rows are written in its order
);

-- one row once the model has built mart_contact_control: the control days it holds (a view's control days must lie within)
create table mart_contact_control_span (
    first_anchor_on      date not null,            -- the 1st of the month of the first contact
    last_day             date not null             -- the data's last day (the latest completed order's) when it was built
);

insert into etl_model_pending (model) values ('mart_contact_followup'), ('mart_contact_control');
