-- one row per (r_score, f_score) cell with customers: the segment map
select r_score, f_score, any_value(segment) as segment, count(*) as count_customers, sum(net_amount)::decimal(18, 2) as net_amount
from customers
group by r_score, f_score
order by r_score desc, f_score
