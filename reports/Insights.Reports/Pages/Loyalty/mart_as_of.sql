-- one value: the as-of date (yyyy-MM-dd) of the precomputed default view (null before the first load that built it)
select strftime(max(as_of_date), '%Y-%m-%d') from mart_customer_rfm
