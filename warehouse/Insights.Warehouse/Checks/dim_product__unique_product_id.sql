-- unique: one row per product id
select product_id, count(*) as copies
from dim_product
where product_id in (select product_id from batch_products)
group by product_id
having count(*) > 1
