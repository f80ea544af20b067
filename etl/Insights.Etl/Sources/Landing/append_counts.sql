-- what the last append did: rows landed, rows appended to raw, rows quarantined as conflicting duplicates
select
    (select count(*) from landed) as landed,
    (select count(*) from landed_new) as appended,
    (select count(*) from landed semi join landed_conflicts using ({key}, _version)) as conflicts
