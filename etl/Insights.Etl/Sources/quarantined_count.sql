-- rows quarantined so far by this run of this source
select count(*) from quarantine_row where run_id = $run_id and source = $source
