-- Every mail goes out as text and html (a multipart/alternative message); the html body is sealed like the text.
alter table outbox_message add column html_enc text;
-- The case a staff mail (催办, 督办) is about, so the admin's outbox page can point to it.
alter table outbox_message add column case_id bigint references case_file (id);
