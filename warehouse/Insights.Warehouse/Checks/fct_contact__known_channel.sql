-- accepted_values: every contact's channel is one the warehouse knows (an unknown code needs a decision, not a silent bucket)
select fct_contact.contact_id, dim_channel.channel_code
from fct_contact
join dim_channel using (channel_key)
where fct_contact.contact_id in (select contact_id from batch_fact_contacts)
  and dim_channel.crm_face = 'unknown'
