-- rising_pairs.sql for everyone (no saved segment) read from what the load keeps: the same rows, in the same order. The
-- halves' orders and the pairs' orders and net are sums of mart_opportunity_category_day's rows of the period [$from, $to]
-- (null = open); the later half's customers of each pair are counted from the orders' category masks (mart_order_category_mask,
-- migration 0056): each distinct mask's pairs as bits (64 pairs to a word), or-ed per customer, the customers counted per set
-- of pairs and summed per bit. Read only when the masks are built and every bit fits in 64
-- (basket_category_mart.sql).
-- the halves' sums: the rule the load's whole history reads too (migration 0070)
with sums as (
    select * from opportunity_rising_day_sums($from, $to)
),

-- each category pair numbered, as a bit of a 64-bit word
pair_bits as (
    select
        a.category as category_a,
        b.category as category_b,
        (1::ubigint << a.bit::ubigint) | (1::ubigint << b.bit::ubigint) as category_bits,
        (n // 64)::integer as word,
        1::ubigint << (n % 64)::ubigint as pair_bit
    from (
        select a.category, b.category as category_b, row_number() over (order by a.category, b.category) - 1 as n
        from mart_basket_category as a
        join mart_basket_category as b on b.category > a.category
    ) as numbered
    join mart_basket_category as a on a.category = numbered.category
    join mart_basket_category as b on b.category = numbered.category_b
),

late_orders as (
    select m.customer_id, m.category_mask
    from mart_order_category_mask as m
    where ($to::date is null or m.ordered_at < $to::date + interval 1 day)
      and m.ordered_at >= (select any_value(mid_on) from sums) + interval 1 day
      and ($from::date is null or m.ordered_at >= $from::date)
),

mask_pairs as (
    select m.category_mask, p.word, bit_or(p.pair_bit) as pair_bits
    from (select distinct category_mask from late_orders) as m
    join pair_bits as p on m.category_mask & p.category_bits = p.category_bits
    group by m.category_mask, p.word
),

customer_pairs as (
    select o.customer_id, mp.word, bit_or(mp.pair_bits) as pair_bits
    from late_orders as o
    join mask_pairs as mp on mp.category_mask = o.category_mask
    group by o.customer_id, mp.word
),

pair_sets as (
    select word, pair_bits, count(*) as customers from customer_pairs group by word, pair_bits
),

-- the customers of each bit of each word, summed over the sets holding it: one pass over the sets and the word's 64 positions,
-- not a join of every set to every pair of its word (8 M rows for a year of SF10) filtered by its bit
bit_customers as (
    select s.word, b.n as bit, sum(s.customers) as customers
    from pair_sets as s, range(64) as b(n)
    where (s.pair_bits >> b.n::ubigint) & 1::ubigint = 1::ubigint
    group by s.word, b.n
),

late_customers as (
    select p.category_a, p.category_b, c.customers::bigint as count_customers
    from bit_customers as c
    join pair_bits as p on p.word = c.word and p.pair_bit = 1::ubigint << c.bit::ubigint
)

select
    p.category_a,
    p.category_b,
    p.count_early,
    p.count_late,
    opportunity_share(p.count_early, p.early_orders) as share_early,
    opportunity_share(p.count_late, p.late_orders) as share_late,
    opportunity_growth(p.count_early, p.early_orders, p.count_late, p.late_orders) as growth,
    coalesce(l.count_customers, 0) as count_customers,
    p.net_amount
from sums as p
left join late_customers as l on l.category_a = p.category_a and l.category_b = p.category_b
where p.count_late >= $min_orders
order by growth desc nulls first, p.count_late desc, p.category_a, p.category_b
limit $limit
