-- Added after the demo bulk load: checking keys once is faster than per row, and it proves the generated world is consistent.
alter table orders add foreign key (customer_id) references customers;
alter table order_lines add foreign key (order_id) references orders;
alter table order_lines add foreign key (product_id) references products;
alter table returns add foreign key (order_id, line_number) references order_lines;

-- What incremental extraction reads by (the loader selects rows changed since its cursor): an index, as a source that is
-- extracted incrementally keeps one, so a run reads what changed instead of scanning every table.
create index customers_updated_at on customers (updated_at);
create index products_updated_at on products (updated_at);
create index orders_updated_at on orders (updated_at);
create index returns_returned_at on returns (returned_at);

-- Statistics, as a live database keeps them (autovacuum gathers them soon after a bulk load): without them PostgreSQL
-- guesses how many orders changed and may scan every order line to find the changed ones' lines.
analyze customers, products, orders, order_lines, returns;
