-- A segment's preview: one row for the whole segment (kind 'total', with every current customer's count for the share), one
-- per RFM segment and one per region of its members, grouped three ways at once. The members are the customers of the last
-- group's hits (segment_hits.sql, filled by the conditions' files just before on this connection; each group reads only the
-- group before, so the last group holds the customers in every one of the $count_groups groups); no group: every customer.
-- Read straight from the mart, not from a members table: writing every member's row first was most of a broad preview's time.
-- The mean CLV is over the members with one (customers without a purchase have no score).
with members as (
    select c.segment, c.region, c.net_amount, c.clv_amount
    from mart_segment_customer as c
    where $count_groups = 0
       or c.customer_id in (
           select hits.customer_id
           from segment_hits as hits
           where hits.group_number = $count_groups
       )
),

grouped as (
    select
        case when grouping(segment) = 0 then 'segment' when grouping(region) = 0 then 'region' else 'total' end as kind,
        case
            when grouping(segment) = 0 then coalesce(segment, 'No completed order')
            when grouping(region) = 0 then region
            else 'All customers'
        end as label,
        count(*) as count_members,
        coalesce(sum(net_amount), 0)::decimal(18, 2) as net_amount,
        avg(clv_amount) as mean_clv_amount,
        count(clv_amount) as count_with_clv
    from members
    group by grouping sets ((segment), (region), ())
)

select
    kind,
    label,
    count_members,
    net_amount,
    case when kind = 'total' then (select count(*) from mart_segment_customer) end as count_customers,
    mean_clv_amount,
    count_with_clv
from grouped
order by kind, count_members desc, label
