-- one row per product category (the offer-category filter's choices)
select distinct category
from dim_product
order by category
