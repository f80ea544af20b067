-- The complaint signals of a period (migration 0072) summed the revenue at stake from every customer's order-category rows of
-- the period (mart_customer_category_order: 7.5 M rows in a year of SF10) joined to the period's affected customers and
-- categories: most of the list's 0.6 s. The load now keeps the rows of the customers and categories with any complaint or
-- return, each with that customer's complaint and return times in the category (Models/marts/mart_opportunity_signal_order.sql:
-- a year of SF10 is 2.0 M rows), and the macro reads them when its new argument kept is true: a row counts when one of its
-- times falls in the period, no join; the same sums. The complaint texts' words too were split per request (a year of SF10:
-- 0.9 M words, a sixth of the list's time): the load keeps each complaint's words (Models/marts/mart_complaint_signal_word.sql),
-- split by one macro, complaint_signal_words, which the fallback reads too. Both tables are left empty here and named in
-- etl_model_pending: the next `etl run` fills them, even one that lands nothing; until then the page passes kept = false
-- (opportunity_day_state.sql's signals_kept) and reads as before.

-- one row per completed order and category of a customer who complained about or returned a product of that category
create table mart_opportunity_signal_order (
    -- ids
    customer_id    integer not null,
    order_id       bigint not null,
    -- dates
    ordered_at     timestamp not null,
    -- attributes
    category       varchar not null,
    -- numerics
    net_amount     decimal(18, 2) not null,
    -- the customer's complaints about and returns of the category: when each was opened or returned, earliest first
    events         timestamp[] not null
);

-- one row per complaint and word of its text as the signals count them (complaint_signal_words), with how many times
create table mart_complaint_signal_word (
    -- ids
    complaint_id   bigint not null,
    -- dates
    opened_at      timestamp,
    -- attributes
    word           varchar not null,
    -- numerics
    count_words    bigint not null
);

insert into etl_model_pending (model) values ('mart_opportunity_signal_order'), ('mart_complaint_signal_word');

-- the words of a complaint text the signals count, each as often as it occurs: lower case, split on anything that is not a
-- letter, four letters or more, common words left out (the rule of migration 0039, now in one place: the page's fallback and
-- the load's mart_complaint_signal_word both read it)
create or replace macro complaint_signal_words(complaint_text) as
    list_filter(regexp_split_to_array(lower(coalesce(complaint_text, '')), '[^[:alpha:]]+'), word -> length(word) >= 4
        and word not in ('again', 'about', 'after', 'also', 'been', 'from', 'have', 'just', 'only', 'still', 'than', 'that', 'their',
                         'them', 'then', 'there', 'they', 'this', 'very', 'were', 'what', 'when', 'which', 'will', 'with', 'would',
                         'your', 'into', 'over', 'some', 'even', 'does', 'didn', 'doesn', 'could', 'should', 'before',
                         'days', 'week', 'weeks', 'since', 'because'));

-- opportunity_complaint_signals of migration 0072, with kept: whether the spend and the words are read from what the load keeps
-- (mart_opportunity_signal_order, mart_complaint_signal_word)
create or replace macro opportunity_complaint_signals(from_date, to_date, segment_filter, kept) as table
with complaints as (
    select k.complaint_id, p.category, c.customer_id, k.category as complaint_category, coalesce(k.complaint_text, '') as complaint_text
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

-- each category's words: when kept, the load's words of each complaint (mart_complaint_signal_word) of the period's complaints
-- summed; else the period's texts split here. The same rule (complaint_signal_words), the same counts
words as (
    select k.category, w.word, sum(w.count_words) as n
    from mart_complaint_signal_word as w
    join complaints as k on k.complaint_id = w.complaint_id
    where kept::boolean and in_period(w.opened_at, from_date, to_date)
    group by k.category, w.word
    union all
    select category, word, count(*) as n
    from (select category, unnest(complaint_signal_words(complaint_text)) as word from complaints)
    where not kept::boolean
    group by category, word
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

-- the completed spend of the customers who complained or returned on the categories they did, in the period, summed per
-- category. When kept (the table built), read from mart_opportunity_signal_order: the order-category rows of every customer
-- and category with a complaint or return at any time, each with that pair's complaint and return times, so a row of the
-- period counts when one of its times is in the period too (and its customer in the saved segment): exactly the period's
-- affected pairs, without joining every row to them. Else every customer's rows in mart_customer_category_order joined to the
-- affected pairs. Both give the same sums (decimals add exactly, in any grouping).
spend as (
    select category, sum(net_amount) as net_amount
    from mart_opportunity_signal_order
    where kept::boolean
      and in_period(ordered_at, from_date, to_date)
      and len(list_filter(events, e -> in_period(e, from_date, to_date))) > 0
      and (segment_filter::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = segment_filter::integer))
    group by category
    union all
    select o.category, sum(o.net_amount) as net_amount
    from mart_customer_category_order as o
    join affected as a on a.customer_id = o.customer_id and a.category = o.category
    where not kept::boolean and in_period(o.ordered_at, from_date, to_date)
    group by o.category
),

sized as (
    select a.category, count(*) as count_customers, coalesce(any_value(s.net_amount), 0)::double as net_amount
    from affected as a
    left join spend as s on s.category = a.category
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
