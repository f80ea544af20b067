-- The basket rules at category level from the load (issue 22's first views <= 1 s at SF10): the rules page read each view's
-- baskets by grouping every (order, category) row of the period into one bit mask per order (basket_masks.sql: 6.5 M orders,
-- about 2 s at SF10 before any mining, for a mining of milliseconds). These tables keep each completed order's categories as
-- one mask, so a view only filters the orders and counts them per mask. Left empty here and named in etl_model_pending
-- (migration 0035): the models (Models/marts/mart_basket_category.sql, mart_order_category_mask.sql) fill them at the next
-- `etl run`, even one that lands nothing; until then, and while more than 64 categories have a bit, the page groups the rows
-- as before (BasketQuery).

-- one row per product category ever seen in dim_product with its bit in the masks below; append-only, so a bit never changes
-- its category (a mask written by an earlier load stays true); the report maps bits to its own item numbering by name
create table mart_basket_category (
    category          varchar not null primary key,
    bit               integer not null unique
);

-- one row per completed order (the orders of mart_customer_category_order): its customer, its time, and its categories as
-- a mask (bit b set: the order has a line in the category mart_basket_category numbers b; null when one of its categories
-- has a bit of 64 or more, which no report reads)
create table mart_order_category_mask (
    order_id          bigint not null,
    customer_id       integer not null,               -- business id, across type-2 versions
    ordered_at        timestamp not null,
    category_mask     ubigint
);

-- the next load builds them in full
insert into etl_model_pending (model) values
    ('mart_basket_category'),
    ('mart_order_category_mask');
