-- The opportunities of a period from the load (issue 22's first view <= 1 s at SF10). A view with a period computed its three
-- lists per request: the unbundled pairs joined the period's completed lines to themselves (a year of SF10: 9 M lines, 8.5-13.6
-- s), the rising pairs each order's categories (5.1 s), the signals the spend of every completed line (1.1-1.3 s). The tables
-- below keep the product pairs per day, so such a view sums a day table and counts the customers of the pairs it lists; the
-- rising pairs are read from migration 0038's category pairs per day and 0056's category masks (the page's SQL); the signals'
-- rule reads the spend from mart_customer_category_order. Left empty here and named in etl_model_pending (migration 0035): the
-- models (Models/marts/mart_opportunity_pair_customer_day.sql, mart_opportunity_pair_day.sql) fill them at the next `etl run`,
-- even one that lands nothing; until then, and for a view with a saved segment, the page computes the pairs from the lines.

-- one row per product pair (key_a < key_b), day and customer (business id) who bought both in a completed order that day: the
-- orders holding both and the pair's net in them; the customers of a listed pair in a period are counted from these rows
create table mart_opportunity_pair_customer_day (
    key_a          bigint not null,
    key_b          bigint not null,
    ordered_on     date not null,
    customer_id    integer not null,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

-- one row per day and product pair bought together in completed orders (key_a < key_b), per day and product (key_a = key_b:
-- the orders holding it) and per day (both keys null: the day's completed orders), with the net in those orders: a period's
-- pairs, the orders holding each product and the orders in all are sums of these rows
create table mart_opportunity_pair_day (
    ordered_on     date not null,
    key_a          bigint,
    key_b          bigint,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

-- the next load builds them in full
insert into etl_model_pending (model) values
    ('mart_opportunity_pair_customer_day'),
    ('mart_opportunity_pair_day');

-- the rule of migration 0039 (last in this file, as in 0039: ModelGraphTests read a macro's text to the end of its migration),
-- with the pair's product keys as two more columns (after the six the lists show), so a period's listed pairs can be looked up
-- by key; and the bundle test found by joins: 0039 compared every pair with every product's name (a nested loop: 35,000 pairs
-- x 400 products took 0.6 s of a year's 1 s at SF10), here each pair's products are matched once with the products whose
-- name contains theirs, and a pair is bundled when one such product covers both. The same rule: a third product (neither of
-- the two) whose name contains both names, case aside.
create or replace macro opportunity_unbundled_pairs(pairs, item_orders, order_count) as table
with names as (
    select product_key, product_name, lower(product_name) as lower_name from dim_product
),

paired_products as (
    select key_a as product_key from query_table(pairs)
    union
    select key_b from query_table(pairs)
),

-- product_key's name is contained in cover_key's (another product)
covers as (
    select p.product_key, x.product_key as cover_key
    from names as p
    join names as x on x.product_key <> p.product_key and contains(x.lower_name, p.lower_name)
    where p.product_key in (select product_key from paired_products)
),

bundled as (
    select distinct a.product_key as key_a, b.product_key as key_b
    from covers as a
    join covers as b on b.cover_key = a.cover_key and b.product_key > a.product_key
),

final as (
    select
        pa.product_name as name_a,
        pb.product_name as name_b,
        p.count_orders,
        p.count_customers,
        p.net_amount,
        p.count_orders * o.n / (ia.count_orders * ib.count_orders) as lift,
        p.key_a,
        p.key_b
    from query_table(pairs) as p
    cross join query_table(order_count) as o
    join query_table(item_orders) as ia on ia.product_key = p.key_a
    join query_table(item_orders) as ib on ib.product_key = p.key_b
    join names as pa on pa.product_key = p.key_a
    join names as pb on pb.product_key = p.key_b
    anti join bundled as x on x.key_a = p.key_a and x.key_b = p.key_b
)

select * from final
where lift > 1;

-- the rule of migration 0039 for the complaint and return signals, the same rows; only the spend is read otherwise (below)
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

-- the completed spend of the customers who complained or returned on the categories they did, in the period: read from
-- mart_customer_category_order (one row per completed order and category with its customer and net, built from the same lines)
-- for those customers and categories only; 0039 joined every completed line of the period to its customer and product and
-- grouped them all (a year of SF10: 6.2 M lines into 1.3 M groups, 1.1 of the list's 1.3 s)
spend as (
    select o.customer_id, o.category, sum(o.net_amount) as net_amount
    from mart_customer_category_order as o
    join affected as a on a.customer_id = o.customer_id and a.category = o.category
    where in_period(o.ordered_at, from_date, to_date)
    group by o.customer_id, o.category
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

-- the rising pairs' sums over the category pairs per day (mart_opportunity_category_day) of [from_date, to_date] (null = open),
-- split at the midpoint between the first and last order day as rising_pairs.sql splits: one row per category pair with its
-- orders in the earlier and the later half, its net in the later half, the halves' orders and the split day. The load's whole
-- history (mart_opportunity_rising) and the page's periods (opportunity_day_rising.sql) both sum them here
create or replace macro opportunity_rising_day_sums(from_date, to_date) as table
with days as (
    select ordered_on, category_a, category_b, count_orders, net_amount
    from mart_opportunity_category_day
    where (from_date::date is null or ordered_on >= from_date::date) and (to_date::date is null or ordered_on <= to_date::date)
),

split as (
    select min(ordered_on) + ((max(ordered_on) - min(ordered_on)) // 2)::integer as mid_on
    from days
    where category_a is null
),

order_counts as (
    select
        coalesce(sum(d.count_orders) filter (where d.ordered_on <= s.mid_on), 0)::bigint as early_orders,
        coalesce(sum(d.count_orders) filter (where d.ordered_on > s.mid_on), 0)::bigint as late_orders
    from days as d
    cross join split as s
    where d.category_a is null
),

pair_sums as (
    select
        d.category_a,
        d.category_b,
        coalesce(sum(d.count_orders) filter (where d.ordered_on <= s.mid_on), 0)::bigint as count_early,
        coalesce(sum(d.count_orders) filter (where d.ordered_on > s.mid_on), 0)::bigint as count_late,
        coalesce(sum(d.net_amount) filter (where d.ordered_on > s.mid_on), 0)::double as net_amount
    from days as d
    cross join split as s
    where d.category_a is not null
    group by d.category_a, d.category_b
)

select p.*, c.early_orders, c.late_orders, s.mid_on
from pair_sums as p
cross join order_counts as c
cross join split as s;
