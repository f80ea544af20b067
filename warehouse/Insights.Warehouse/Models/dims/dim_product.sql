-- one row per product; products that facts reference before their master row arrives get an inferred row
with products as (
    select * from stg_products
),

referenced_ids as (
    select product_id from stg_order_lines
    union select product_id from stg_complaints
),

inferred as (
    select product_id
    from referenced_ids
    where product_id is not null
      and product_id not in (select product_id from products)
),

all_products as (
    select product_id, sku, product_name, coalesce(category, 'Unknown') as category, list_price_amount, false as is_inferred
    from products
    union all
    select product_id, null, 'Unknown product ' || product_id, 'Unknown', null, true
    from inferred
),

final as (
    select
        row_number() over (order by product_id) as product_key,
        *
    from all_products
)

select * from final
