-- The batch tables the earlier model layers leave behind, empty: with $full the loyalty marts rebuild from every order anyway.
create or replace temp table batch_fact_orders (order_id bigint);
create or replace temp table batch_customers (customer_id integer);
create or replace temp table batch_order_days (customer_id integer, ordered_on date);
