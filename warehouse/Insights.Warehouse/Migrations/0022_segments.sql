-- The segment builder (/segments, issue 20).
-- Two marts the segment conditions test, kept by Models/marts/mart_segment_customer.sql and mart_segment_category.sql for the
-- customers a load touched; left empty here: their models' first run fills them for every customer (as migration 0012 did).
-- And the saved segments with their membership history: state that users create and no load can recompute, so they live in
-- app_ tables that no model builds, which `etl run --full` (it empties only the models' tables) never touches.

-- one row per customer (business id, current version): every attribute a condition tests, so a preview is one scan of narrow rows
create table mart_segment_customer (
    customer_id             integer not null,
    region                  varchar not null,
    signup_channel          varchar not null,
    segment                 varchar,                   -- RFM segment of mart_customer_rfm (null: no completed order)
    r_score                 integer,
    f_score                 integer,
    m_score                 integer,
    price_class             varchar,
    count_orders            bigint not null,           -- completed orders
    net_amount              decimal(18, 2) not null,   -- completed net revenue
    last_ordered_on         date,
    -- the channels and categories of the customer's completed orders, sorted, each closed by chr(31) on both sides
    -- (chr(31) || 'store' || chr(31) || 'web' || chr(31)): "any of" is a substring test per value. At SF10 a list column with
    -- list_has_any and a semi-join to the category rows took 490-590 ms a condition (warm, a busy shared machine); the text
    -- columns 30-70 ms (docs/reports/segments.md)
    order_channels          varchar not null,
    categories              varchar not null,
    count_complaints        bigint not null,
    count_open_complaints   bigint not null,           -- status open
    count_unresolved_complaints bigint not null,       -- status open or in_progress
    -- the slowest resolution per severity (null: none resolved): "resolved past its SLA" compares these with the targets of
    -- the service report's configuration at query time, without a join to the complaints
    max_hours_to_resolve_low      double,
    max_hours_to_resolve_medium   double,
    max_hours_to_resolve_high     double,
    max_hours_to_resolve_critical double,
    count_returns           bigint not null,
    last_contacted_at       timestamp,                 -- any contact-log entry (staff or self-service)
    last_contact_channel    varchar,
    last_self_service_at    timestamp                  -- a contact through a collaborative (self-service) channel
);

-- one row per customer (business id) and product category they bought in a completed order, written in category order
-- (the model keeps it so): a condition on a few categories reads only their row groups
create table mart_segment_category (
    customer_id         integer not null,
    category            varchar not null,
    first_ordered_on    date not null,
    last_ordered_on     date not null,
    count_orders        bigint not null
);

-- one row per saved segment; definition is the JSON of its conditions (SegmentDefinition), never SQL
create table app_segment (
    segment_id      integer not null,
    name            varchar not null,
    description     varchar not null,
    definition      varchar not null,
    created_by      varchar not null,
    created_at      timestamp not null,
    updated_by      varchar not null,
    updated_at      timestamp not null
);

-- one row per segment and warehouse state (the latest finished ETL run) it was evaluated at: its size and value over time
create table app_segment_size (
    segment_id      integer not null,
    state_run_id    bigint not null,
    evaluated_at    timestamp not null,
    count_members   bigint not null,
    net_amount      decimal(18, 2) not null,
    count_entered   bigint not null,                   -- members now who were not at the previous evaluation
    count_left      bigint not null
);

-- the members at the latest evaluation
create table app_segment_member (
    segment_id      integer not null,
    customer_id     integer not null
);

-- who entered and left at each evaluation (the page shows the latest)
create table app_segment_change (
    segment_id      integer not null,
    state_run_id    bigint not null,
    customer_id     integer not null,
    change          varchar not null                   -- entered, left
);
