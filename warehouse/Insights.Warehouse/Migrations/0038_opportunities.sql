-- The cross-sell opportunities page from the load (issue 22's first views): the page computed its three lists per request
-- from every completed order line (a self-join of 20.9 M lines into 34 M pair-customer rows at SF10: 37.5 s for the default
-- view, 60-90 s for a product-pair list on a busy machine). These tables keep, per customer, what the lists are sums of, and
-- the lists of the whole history for everyone; the page reads them for any view without a period or a saved segment (and
-- with at least 10 orders per pair), and computes the others as before. Left empty here and named in etl_model_pending
-- (migration 0035): the models (Models/marts/mart_opportunity_*.sql) fill them in full at the next `etl run`, even one that
-- lands nothing; until mart_opportunity_state has its row the page computes every view.

-- one row per customer (business id) and product pair (key_a < key_b) bought together in at least one completed order, one
-- row per customer and product (key_a = key_b: the orders holding it) and one row per customer with both keys null (the
-- customer's completed orders); net_amount is the pair's (both products' lines) or the product's net in those orders
create table mart_opportunity_pair_customer (
    key_a          bigint,
    key_b          bigint,
    customer_id    integer not null,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

-- one row per customer and category pair (category_a < category_b) bought together in a completed order: the last day they did
create table mart_opportunity_category_customer (
    category_a     varchar not null,
    category_b     varchar not null,
    customer_id    integer not null,
    last_on        date not null
);

-- one row per day and category pair bought together in completed orders (their orders and the pair's net in them), and one
-- row per day with both categories null: the completed orders of the day
create table mart_opportunity_category_day (
    ordered_on     date not null,
    category_a     varchar,
    category_b     varchar,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

-- the unbundled pairs list of the whole history (every pair with lift above 1, no bundle, at least 10 orders)
create table mart_opportunity_pair (
    name_a          varchar not null,
    name_b          varchar not null,
    count_orders    bigint not null,
    count_customers bigint not null,
    net_amount      double not null,
    lift            double not null
);

-- the rising category pairs of the whole history (every pair; the page keeps those with $min_orders in the later half)
create table mart_opportunity_rising (
    category_a      varchar not null,
    category_b      varchar not null,
    count_early     bigint not null,
    count_late      bigint not null,
    share_early     double,
    share_late      double,
    growth          double,
    count_customers bigint not null,
    net_amount      double not null
);

-- the complaint and return signals of the whole history
create table mart_opportunity_signal (
    category             varchar not null,
    count_complaints     bigint not null,
    count_returns        bigint not null,
    count_customers      bigint not null,
    net_amount           double not null,
    complaint_categories varchar not null,
    phrases              varchar not null,
    return_reasons       varchar not null
);

-- one row once the lists above are built: the run that built them last and how many rows each list holds
create table mart_opportunity_state (
    run_id         bigint not null,
    built_at       timestamp not null,
    count_pairs    bigint not null,
    count_rising   bigint not null,
    count_signals  bigint not null
);

-- the next load builds them all in full
insert into etl_model_pending (model) values
    ('mart_opportunity_pair_customer'),
    ('mart_opportunity_category_customer'),
    ('mart_opportunity_category_day'),
    ('mart_opportunity_pair'),
    ('mart_opportunity_rising'),
    ('mart_opportunity_signal'),
    ('mart_opportunity_state');
