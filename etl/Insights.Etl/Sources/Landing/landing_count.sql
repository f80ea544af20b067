-- how many rows a landing table holds before its append
select count(*) from {landing}
