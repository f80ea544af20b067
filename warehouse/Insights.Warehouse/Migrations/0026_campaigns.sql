-- Campaigns with a control group (/campaigns, issue 20). A campaign is started from a saved segment (app_segment, migration
-- 0022): its members at that moment are split at random, with a recorded seed, into a treatment group (who get the offer)
-- and a control group (who do not). Like the saved segments this is state users create and no load can recompute, so it
-- lives in app_ tables that no model builds, which `etl run --full` (it empties only the models' tables) never touches.

-- one row per campaign
create table app_campaign (
    campaign_id         integer not null,
    name                varchar not null,
    offer               varchar not null,               -- free text (user input: encoded on output)
    segment_id          integer not null,
    segment_name        varchar not null,               -- the segment's name at creation (it may be renamed later)
    starts_on           date not null,
    window_days         integer not null,               -- the window is [starts_on, starts_on + window_days)
    control_percent     integer not null,               -- the share of members asked for the control group
    seed                bigint not null,                -- the split's seed (CampaignSplit): the same seed splits the same members alike
    count_treatment     bigint not null,
    count_control       bigint not null,
    created_by          varchar not null,
    created_at          timestamp not null
);

-- one row per campaign and member (business customer id) at creation, with the group the split put the member in
create table app_campaign_member (
    campaign_id         integer not null,
    customer_id         integer not null,
    is_control          boolean not null
);
