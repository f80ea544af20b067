-- the end of customer_list.sql: biggest spender first
order by customers.net_amount desc, customers.customer_id
limit $limit::integer   -- null: every row
