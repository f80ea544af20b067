-- accepted_values: the price class and service groups are ones the loyalty report shows, and a group comes with its retention
select customer_id, price_class, complaint_group, return_group
from mart_customer_rfm
where price_class not in ('Brand loyal', 'Mixed', 'Deal seeker', 'Single purchase')
   or complaint_group not in ('Resolved quickly', 'Resolved slowly', 'Unresolved', 'No complaint')
   or return_group not in ('Returned', 'No return')
   or (complaint_group is null) <> (is_complaint_retained is null)
   or (return_group is null) <> (is_return_retained is null)
