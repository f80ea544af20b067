-- The opportunities page's rules, once for the page (reports/.../Opportunities: any period or saved segment, computed per
-- request) and the load (Models/marts/mart_opportunity_*: everyone, every day), which restated them until now; see migration
-- 0014 for how shared rules are written (parameters named unlike any column; relations passed by name to query_table()).

-- one row per pair of products with lift above 1 that no bundle covers (no third product whose name contains both names):
-- the unbundled pairs, sized by orders, customers and the pair's net revenue. pairs: key_a, key_b, count_orders,
-- count_customers, net_amount (the pairs kept, key_a < key_b); item_orders: product_key, count_orders (orders holding the
-- product); order_count: n (orders). Lift = orders with both × orders / (orders with a × orders with b).
create or replace macro opportunity_unbundled_pairs(pairs, item_orders, order_count) as table
with final as (
    select
        pa.product_name as name_a,
        pb.product_name as name_b,
        p.count_orders,
        p.count_customers,
        p.net_amount,
        p.count_orders * o.n / (ia.count_orders * ib.count_orders) as lift
    from query_table(pairs) as p
    cross join query_table(order_count) as o
    join query_table(item_orders) as ia on ia.product_key = p.key_a
    join query_table(item_orders) as ib on ib.product_key = p.key_b
    join dim_product as pa on pa.product_key = p.key_a
    join dim_product as pb on pb.product_key = p.key_b
    where not exists (
        select 1 from dim_product as x
        where x.product_key not in (p.key_a, p.key_b)
          and contains(lower(x.product_name), lower(pa.product_name))
          and contains(lower(x.product_name), lower(pb.product_name))
    )
)

select * from final
where lift > 1;

-- a rising pair's share of a half's orders (orders holding the pair / the half's orders; null for a half without orders), and
-- its growth: the later half's share over the earlier half's (null when the pair has no earlier order)
create or replace macro opportunity_share(pair_orders, half_orders) as pair_orders / nullif(half_orders, 0);

create or replace macro opportunity_growth(early_pair_orders, early_orders, late_pair_orders, late_orders) as
    opportunity_share(late_pair_orders, late_orders) / nullif(opportunity_share(early_pair_orders, early_orders), 0);

-- one row per product category with complaints or returns in [from_date, to_date] (null = open): their counts, the top three
-- complaint categories, the five most frequent words of the complaint texts (4+ letters, common words left out), the top
-- three return reasons, and the size: customers who complained about or returned the category, and their completed net spend
-- on it in the period (the revenue at stake, read only for those customers); with saved segment segment_filter (null:
-- everyone) only its members' complaints, returns and spend count
create or replace macro opportunity_complaint_signals(from_date, to_date, segment_filter) as table
with complaints as (
    select p.category, c.customer_id, k.category as complaint_category, coalesce(k.complaint_text, '') as complaint_text
    from fct_complaint as k
    join dim_product as p on p.product_key = k.product_key
    join dim_customer as c on c.customer_key = k.customer_key
    where in_period(k.opened_at, from_date, to_date)
      and (segment_filter::integer is null or c.customer_id in (select customer_id from app_segment_member where segment_id = segment_filter::integer))
),

returns as (
    select p.category, c.customer_id, r.reason
    from fct_return as r
    join dim_product as p on p.product_key = r.product_key
    join dim_customer as c on c.customer_key = r.customer_key
    where in_period(r.returned_at, from_date, to_date)
      and (segment_filter::integer is null or c.customer_id in (select customer_id from app_segment_member where segment_id = segment_filter::integer))
),

words as (
    select category, word, count(*) as n
    from (select category, unnest(regexp_split_to_array(lower(complaint_text), '[^[:alpha:]]+')) as word from complaints)
    where length(word) >= 4
      and word not in ('again', 'about', 'after', 'also', 'been', 'from', 'have', 'just', 'only', 'still', 'than', 'that', 'their',
                       'them', 'then', 'there', 'they', 'this', 'very', 'were', 'what', 'when', 'which', 'will', 'with', 'would',
                       'your', 'into', 'over', 'some', 'even', 'does', 'didn', 'doesn', 'could', 'should', 'before',
                       'days', 'week', 'weeks', 'since', 'because')
    group by all
),

top_words as (
    select category, string_agg(word || ' (' || n || ')', ', ' order by n desc, word) as phrases
    from (select *, row_number() over (partition by category order by n desc, word) as rn from words)
    where rn <= 5
    group by category
),

top_complaint_categories as (
    select category, string_agg(complaint_category || ' (' || n || ')', ', ' order by n desc, complaint_category) as complaint_categories
    from (
        select category, complaint_category, count(*) as n,
               row_number() over (partition by category order by count(*) desc, complaint_category) as rn
        from complaints group by category, complaint_category
    )
    where rn <= 3
    group by category
),

top_reasons as (
    select category, string_agg(reason || ' (' || n || ')', ', ' order by n desc, reason) as return_reasons
    from (
        select category, reason, count(*) as n, row_number() over (partition by category order by count(*) desc, reason) as rn
        from returns group by category, reason
    )
    where rn <= 3
    group by category
),

affected as (
    select category, customer_id from complaints
    union
    select category, customer_id from returns
),

-- the completed spend of the customers who complained or returned, per category (only theirs: the rest is never joined)
affected_customers as (
    select customer_key, customer_id from dim_customer where customer_id in (select customer_id from affected)
),

spend as (
    select customers.customer_id, products.category, sum(lines.net_amount) as net_amount
    from fct_order_line as lines
    join affected_customers as customers on customers.customer_key = lines.customer_key
    join dim_product as products on products.product_key = lines.product_key
    where lines.order_status = 'completed'
      and in_period(lines.ordered_at, from_date, to_date)
    group by all
),

sized as (
    select a.category, count(*) as count_customers, coalesce(sum(s.net_amount), 0)::double as net_amount
    from affected as a
    left join spend as s on s.customer_id = a.customer_id and s.category = a.category
    group by a.category
)

select
    z.category,
    (select count(*) from complaints as k where k.category = z.category) as count_complaints,
    (select count(*) from returns as r where r.category = z.category) as count_returns,
    z.count_customers,
    z.net_amount,
    coalesce(tc.complaint_categories, '') as complaint_categories,
    coalesce(tw.phrases, '') as phrases,
    coalesce(tr.return_reasons, '') as return_reasons
from sized as z
left join top_complaint_categories as tc on tc.category = z.category
left join top_words as tw on tw.category = z.category
left join top_reasons as tr on tr.category = z.category;
