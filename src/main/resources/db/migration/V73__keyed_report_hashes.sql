-- report.fingerprint and report.submission_key_hash were plain SHA-256 digests; the fingerprint covers the reporter's
-- name, ID number, phone and email, so a dump let anyone confirm a candidate reporter offline. They become HMACs under
-- the index key, which SQL does not have: the application re-keys the rows from before at start (intake.HashRekey)
-- and marks each one. Rows from before this migration are unmarked; the application inserts marked rows.
alter table report add column hashes_keyed boolean not null default false;
alter table report alter column hashes_keyed set default true;
create index report_hashes_unkeyed_idx on report (id) where not hashes_keyed;
