-- The product id of every item name a basket file (mapped source, "Layout": "baskets") has named. A basket file names items,
-- not ids; this lookup gives each name one stable id for good: the same name always maps to the same product, in any file,
-- load or rerun. New names get the next ids from 1,000,000,001 upward (alphabetically within a load), clear of the small ids
-- of the shop's own catalogue. State that cannot be recomputed (ids are referenced by facts), hence a migration.

-- one row per item name
create table etl_basket_item (
    item_name       varchar not null,              -- as written in the file, surrounding blanks trimmed
    product_id      integer not null,
    first_run_id    bigint not null                -- the load that first saw the name
);
