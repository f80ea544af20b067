-- relationships: each day and segment of this run's months sums exactly the completed order lines of the customers in that
-- RFM segment now (lines, quantity and net amount; a --full run checks all)
with lines as (
    select lines.ordered_at::date as sold_on, scores.segment, count(*) as count_lines, sum(lines.quantity) as sold_quantity,
           sum(lines.net_amount) as net_amount
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    left join mart_customer_rfm as scores on scores.customer_id = customers.customer_id
    where lines.order_status = 'completed'
      -- the range lets the scan skip row groups of other months (the lines are loaded about in time order)
      and lines.ordered_at >= (select min(month_start) from batch_months)
      and date_trunc('month', lines.ordered_at)::date in (select month_start from batch_months)
    group by 1, 2
),

days as (
    select sold_on, segment, sum(count_lines) as count_lines, sum(sold_quantity) as sold_quantity, sum(net_amount) as net_amount
    from mart_sale_segment_day
    where date_trunc('month', sold_on)::date in (select month_start from batch_months)
    group by sold_on, segment
)

select coalesce(lines.sold_on, days.sold_on) as sold_on, coalesce(lines.segment, days.segment) as segment,
       lines.count_lines, days.count_lines as day_lines
from lines
full join days on days.sold_on = lines.sold_on and days.segment is not distinct from lines.segment
where lines.sold_on is null or days.sold_on is null
   or lines.count_lines <> days.count_lines or lines.sold_quantity <> days.sold_quantity or lines.net_amount <> days.net_amount
