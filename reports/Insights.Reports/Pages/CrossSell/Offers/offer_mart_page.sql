-- the offers page's rows from the after-load offers: every candidate is kept with its rank by likelihood (offer_rank) and
-- by revenue (revenue_rank), so the filter's segment, P(alive) floor, category, ranking and offers per customer select and
-- re-rank rows exactly as the page's own computation would pick them; customers by the expected revenue of their first
-- offer (then by id), the first $limit rows, with the count of every offer of the filter
with filtered as (
    select
        customer_id, item, category, segment, score, expected_purchases, p_alive, due_in_days, basis, reason,
        case when $rank = 'revenue' then revenue_rank else offer_rank end as method_rank
    from mart_customer_offer
    where ($segment::varchar is null or segment = $segment)
      and p_alive >= $min_alive
      and ($category::varchar is null or category = $category)
      -- saved segment $segment_id (null: everyone): its members only; the offers themselves stay those of the model fitted on everyone
      and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

-- without a category every candidate is there, so the stored rank is the pick; with one, the order within it stays.
-- Materialized: read three times below (the first offers, the rows shown, the count)
ranked as materialized (
    select *, method_rank as pick from filtered where $category::varchar is null and method_rank <= $top
    union all
    select *, row_number() over (partition by customer_id order by method_rank) as pick
    from filtered
    where $category::varchar is not null and method_rank is not null
    qualify pick <= $top
),

firsts as (
    select customer_id, score as best
    from ranked
    where pick = 1
    order by best desc, customer_id
    limit $limit
),

names as (
    select customer_id, arg_max(preferred_name, valid_from) as preferred_name
    from dim_customer
    where is_current and customer_id in (select customer_id from firsts)
    group by customer_id
),

final as (
    select
        ranked.customer_id, ranked.segment, ranked.pick, ranked.item, ranked.score, ranked.basis, ranked.reason,
        names.preferred_name, ranked.category, ranked.p_alive, ranked.expected_purchases, ranked.due_in_days,
        (select count(*) from ranked where pick <= $top) as count_offers
    from ranked
    join firsts on firsts.customer_id = ranked.customer_id
    left join names on names.customer_id = ranked.customer_id
    where ranked.pick <= $top
    order by firsts.best desc, ranked.customer_id, ranked.pick
    limit $limit
)

select * from final
