-- a saved segment's conditions (JSON)
select definition from app_segment where segment_id = $segment_id
