-- what each product key is offered as: the product's name, or its category ($level)
select product_key, case when $level = 'category' then category else product_name end as item
from dim_product
