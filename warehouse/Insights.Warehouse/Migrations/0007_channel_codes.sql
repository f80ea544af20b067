-- The channel codes the business knows, once: dim_channel names and classifies them, and the quarantine rules accept
-- exactly these (order channels: is_order_channel; contact channels: is_contact_channel). Reference data, not recomputable
-- from the sources, so it lives in a migration; a new channel is a new migration.
create table ref_channel (
    channel_code        varchar primary key,
    channel_name        varchar not null,
    crm_face            varchar not null,          -- sales, operational (staff interaction), collaborative (self-service)
    is_self_service     boolean not null,
    is_order_channel    boolean not null,          -- orders may come through it
    is_contact_channel  boolean not null,          -- contact-log entries may come through it
    list_position       integer not null           -- order in which messages list the codes
);

insert into ref_channel values
    ('store', 'Store', 'sales', false, true, false, 1),
    ('web', 'Web shop', 'sales', true, true, false, 2),
    ('app', 'Mobile app', 'sales', true, true, false, 3),
    ('phone', 'Phone', 'operational', false, true, true, 4),
    ('visit', 'Visit', 'operational', false, false, true, 5),
    ('letter', 'Letter', 'operational', false, false, true, 6),
    ('email', 'E-mail', 'operational', false, false, true, 7),
    ('audio_video_conference', 'Audio/video conference', 'operational', false, false, true, 8),
    ('instant_message', 'Instant message', 'operational', false, false, true, 9),
    ('portal_login', 'Portal login', 'collaborative', true, false, true, 10),
    ('portal_order', 'Portal order', 'collaborative', true, false, true, 11),
    ('portal_account_change', 'Portal account change', 'collaborative', true, false, true, 12);
