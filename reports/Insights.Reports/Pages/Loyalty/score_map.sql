-- one row per (r_score, f_score) cell of the score map with its segment
select r_score, f_score, segment from ref_rfm_segment order by r_score, f_score
