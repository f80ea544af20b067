-- The sequences view from the load (issue 22's first view <= 1 s at SF10): each view read every customer's first day of each
-- item by grouping the period's purchases (at product level SF10's 20.9 M completed lines into 14.8 M customer-item rows, about
-- 18 s of CPU before anything was counted) and sent those rows to .NET one by one. These tables keep, for the whole history, one
-- row per customer and level holding that customer's items with their first day, packed, so a view without a period reads about
-- 1 M short values and counts them (SequencesQuery). Left empty here and named in etl_model_pending (migration 0035): the models
-- (Models/marts/mart_sequence_item.sql, mart_customer_item_sequence.sql) fill them at the next `etl run`, even one that lands
-- nothing; until then, and for a view with a period, the page reads the purchases as before.

-- one row per level ('category', 'product') and item (category or product name) ever seen in dim_product with its id in the
-- packed items below; append-only per level (a new item takes the next id from 0), so an id written by an earlier load stays true
create table mart_sequence_item (
    level             varchar not null,
    item              varchar not null,
    item_id           integer not null,
    primary key (level, item)
);

-- one row per level and customer with a completed order: the last purchase day of all their items, and each item's first
-- purchase day packed as 4 bytes per item (the item's id, then the day as days since 1970-01-01, both unsigned 16-bit
-- big-endian; items in no particular order); null when an id or a day does not fit in 16 bits, which the page then reads as before
create table mart_customer_item_sequence (
    level             varchar not null,
    customer_id       integer not null,               -- business id, across type-2 versions
    last_on           date not null,
    items             blob
);

-- the next load builds them in full
insert into etl_model_pending (model) values
    ('mart_sequence_item'),
    ('mart_customer_item_sequence');
