-- continues the where clause of customer_list.sql (its listed CTE) for a cohort cell: also only customers with an order in
-- the given month since their first month
      and exists (
          select 1 from orders
          where orders.customer_id = customers.customer_id
            and datediff('month', customers.cohort_month, date_trunc('month', orders.ordered_at)::date) = $months_since::integer)
