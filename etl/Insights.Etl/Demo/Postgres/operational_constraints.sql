-- Added after the demo bulk load: checking keys once is faster than per row, and it proves the generated world is consistent.
alter table orders add foreign key (customer_id) references customers;
alter table order_lines add foreign key (order_id) references orders;
alter table order_lines add foreign key (product_id) references products;
alter table returns add foreign key (order_id, line_number) references order_lines;
