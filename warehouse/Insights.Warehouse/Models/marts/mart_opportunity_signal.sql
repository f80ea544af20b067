-- one row per product category with complaints or returns: the opportunities page's complaint and return signals for
-- everyone and every day (see migration 0038), the same statement as the page's complaint_signals.sql without a period or a
-- segment (the spend read only for the customers who complained or returned). Rebuilt whole after every build of its inputs.
-- inputs: fct_complaint, fct_return, fct_order_line, dim_customer, dim_product
delete from mart_opportunity_signal;

insert into mart_opportunity_signal by name
with complaints as (
    select p.category, c.customer_id, k.category as complaint_category, coalesce(k.complaint_text, '') as complaint_text
    from fct_complaint as k
    join dim_product as p on p.product_key = k.product_key
    join dim_customer as c on c.customer_key = k.customer_key
),

returns as (
    select p.category, c.customer_id, r.reason
    from fct_return as r
    join dim_product as p on p.product_key = r.product_key
    join dim_customer as c on c.customer_key = r.customer_key
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
