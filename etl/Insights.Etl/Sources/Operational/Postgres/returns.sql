-- returns are events: their own timestamp is their cursor
select {columns}
from returns
where returned_at >= {since}
