-- a mapped load's staged lines and how many of them were refused (their reasons already quarantined); {staged} is the
-- loader's own staging table (mapped_parsed, basket_lines), never input
select count(*) as lines, count(*) filter (where reject_reason is not null) as rejected
from {staged}
