-- one row per product (type 1: a change overwrites). Products this run's facts reference before their master row arrives get
-- an inferred row, which the master row later fills in place, so facts keep their key.
-- inputs: stg_products, stg_order_lines, stg_complaints, batch_products, batch_orders, batch_complaints

-- 1. this run's products: overwrite known rows (inferred ones included) with the latest version
update dim_product
set sku = p.sku,
    product_name = p.product_name,
    category = coalesce(p.category, 'Unknown'),
    list_price_amount = p.list_price_amount,
    is_inferred = false
from (
    select * from stg_products
    where product_id in (select product_id from batch_products)
    qualify row_number() over (partition by product_id order by updated_at desc nulls last, _run_id desc) = 1
) as p
where p.product_id = dim_product.product_id;

-- 2. new products, and inferred rows for ids referenced by this run's lines and complaints but still unknown
insert into dim_product by name
with referenced as (
    select product_id from stg_order_lines where order_id in (select order_id from batch_orders)
    union select product_id from stg_complaints where complaint_id in (select complaint_id from batch_complaints)
),

new_products as (
    select product_id, sku, product_name, coalesce(category, 'Unknown') as category, list_price_amount, false as is_inferred
    from stg_products
    where product_id in (select product_id from batch_products)
      and product_id not in (select product_id from dim_product)
    qualify row_number() over (partition by product_id order by updated_at desc nulls last, _run_id desc) = 1
),

inferred as (
    select product_id, null as sku, 'Unknown product ' || product_id as product_name, 'Unknown' as category,
           null as list_price_amount, true as is_inferred
    from referenced
    where product_id is not null
      and product_id not in (select product_id from dim_product)
      and product_id not in (select product_id from new_products)
),

final as (
    select
        (select coalesce(max(product_key), 0) from dim_product) + row_number() over (order by product_id) as product_key,
        *
    from (select * from new_products union all select * from inferred)
)

select * from final;
