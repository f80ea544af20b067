-- one value: a fingerprint of every row the scores and the offers read (the purchase days; the order lines, segments and
-- products behind the offers; the returns and product complaints that keep an item out of them). A load that changes none
-- of them (contacts, complaints about no product: their inferred customers and new customer versions get new keys, and no
-- order line's key changes) leaves it as it was, so the step keeps its rows instead of fitting again. Sums of row hashes:
-- order-free and cheap (one scan of each table).
select
    (select count(*) || ':' || coalesce(sum(hash(customer_id, purchase_on, net_amount)), 0) from mart_customer_purchase_day)
    || '|' || (select count(*) || ':' || coalesce(sum(hash(order_id, line_number, customer_key, product_key, order_status, ordered_at)), 0) from fct_order_line)
    || '|' || (select count(*) || ':' || coalesce(sum(hash(customer_id, segment)), 0) from mart_customer_rfm)
    || '|' || (select count(*) || ':' || coalesce(sum(hash(product_key, product_name, category)), 0) from dim_product)
    || '|' || (select count(*) || ':' || coalesce(sum(hash(customer_key, product_key, returned_at)), 0) from fct_return)
    || '|' || (select count(*) || ':' || coalesce(sum(hash(customer_key, product_key, opened_at)), 0) from fct_complaint where product_key is not null)
