-- A tamper-evident audit trail: the case timelines, the reveals of reporters' identities and the admin log are
-- sealed, in the order the sealer finds them committed, into one hash chain per table: each entry's MAC covers its
-- own content and the MAC of the entry before. Changing, removing or inserting a sealed entry breaks the chain
-- from that entry on, and the MAC key is the application's, not the database's.
alter table case_event add column seal_seq bigint unique, add column prev_mac varchar(64), add column entry_mac varchar(64);
alter table identity_reveal add column seal_seq bigint unique, add column prev_mac varchar(64), add column entry_mac varchar(64);
alter table admin_change add column seal_seq bigint unique, add column prev_mac varchar(64), add column entry_mac varchar(64);
create index case_event_unsealed_idx on case_event (id) where seal_seq is null;
create index identity_reveal_unsealed_idx on identity_reveal (id) where seal_seq is null;
create index admin_change_unsealed_idx on admin_change (id) where seal_seq is null;
