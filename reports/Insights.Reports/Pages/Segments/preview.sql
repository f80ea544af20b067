-- A segment's preview: one row for the whole segment (kind 'total', with every current customer's count for the share), one
-- per RFM segment and one per region of its members, grouped three ways at once. The members are temporary table
-- segment_members, written by members.sql just before on this connection. The mean CLV is over the members with one
-- (customers without a purchase have no score).
with grouped as (
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
    from segment_members
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
