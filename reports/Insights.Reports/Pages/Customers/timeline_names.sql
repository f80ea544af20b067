-- the names the timeline shows for the keys its rows hold: every product and every channel (a few hundred rows; a join per
-- timeline read cost more than the read itself: each built a hash table of the whole dimension)
select 'product' as dimension, product_key as key, product_name as name
from dim_product
union all
select 'channel' as dimension, channel_key as key, channel_name as name
from dim_channel
