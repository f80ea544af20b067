-- unique: every category of dim_product has one bit, and no two categories share a bit
select category, count(*) as copies
from (
    select category from mart_basket_category
    union all
    select distinct category from dim_product
    where category is not null and category not in (select category from mart_basket_category)
)
group by category
having count(*) > 1 or category not in (select category from mart_basket_category)
union all
select 'bit ' || bit, count(*)
from mart_basket_category
group by bit
having count(*) > 1
