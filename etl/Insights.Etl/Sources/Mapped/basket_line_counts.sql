-- the staged basket lines of this load, and how many of them were refused (reason already quarantined by land_baskets.sql)
select count(*) as baskets, count(*) filter (where reject_reason is not null) as rejected
from basket_lines
