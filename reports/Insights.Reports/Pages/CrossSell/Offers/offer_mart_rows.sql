-- every offer of the filter from the after-load offers, in customer order (the download): the same selection and ranks as
-- offer_mart_page.sql, with the current preferred name; for the customers from $from_customer to $last_customer,
-- one chunk of the download: sorting SF10's 10 M kept offers at once held the first row
-- back for seconds, a chunk's rows come in a fraction of one (the mart is written in customer order, so a chunk reads
-- only its row groups)
with filtered as (
    select
        customer_id, item, category, segment, score, expected_purchases, p_alive, due_in_days, basis, reason,
        case when $rank = 'revenue' then revenue_rank else offer_rank end as method_rank
    from mart_customer_offer
    where customer_id >= $from_customer
      and customer_id <= $last_customer
      and ($segment::varchar is null or segment = $segment)
      and p_alive >= $min_alive
      and ($category::varchar is null or category = $category)
      -- saved segment $segment_id (null: everyone): its members only; the offers themselves stay those of the model fitted on everyone
      and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

ranked as (
    select *, method_rank as pick from filtered where $category::varchar is null and method_rank is not null
    union all
    select *, row_number() over (partition by customer_id order by method_rank) as pick
    from filtered
    where $category::varchar is not null and method_rank is not null
),

names as (
    select customer_id, arg_max(preferred_name, valid_from) as preferred_name
    from dim_customer
    where is_current
      and customer_id >= $from_customer
      and customer_id <= $last_customer
    group by customer_id
),

final as (
    select
        ranked.customer_id, ranked.segment, ranked.pick, ranked.item, ranked.score, ranked.basis, ranked.reason,
        names.preferred_name, ranked.category, ranked.p_alive, ranked.expected_purchases, ranked.due_in_days
    from ranked
    left join names on names.customer_id = ranked.customer_id
    where ranked.pick <= $top
)

select * from final
order by customer_id, pick
