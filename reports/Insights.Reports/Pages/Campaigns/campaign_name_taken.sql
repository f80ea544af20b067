-- whether a campaign of this name exists (names are unique without regard to case)
select exists (select 1 from app_campaign where lower(name) = lower($name))
