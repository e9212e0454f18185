-- pgbench: the database work of one form submission, statement for statement as the app issues it (taken from
-- PostgreSQL's statement log of one POST /report): the validator's two look-ups, then in one transaction the
-- advisory lock on the key, the retry and receipt checks, the report (ciphertexts of the same lengths), its case,
-- the two opening limits (each with its open-round check and policy look-up), the REGISTERED timeline entry, the
-- receipt mail in the outbox, and the case's next-due update (run with -M prepared). No PBKDF2, no AES, no HTTP, no templates.
-- Taken on 2026-11-29; on 2026-12-05 brought to the columns moved since (case_event.note_enc, V115's case_file
-- columns). The app's transaction has grown since (repeat recognition, the holding body): this one is lighter, so
-- the ratio app / pgbench errs against the app.
\set r random(1, 2000000000)
select u1_0.id,u1_0.active,u1_0.code,u1_0.created_at,u1_0.kind,u1_0.mailbox,u1_0.name,u1_0.name_en,u1_0.parent_id from unit u1_0 where u1_0.code='LL-ZWFW' fetch first 1 rows only;
select sw1_0.id,sw1_0.unit_id,u1_0.id,u1_0.code,u1_0.name from service_window sw1_0 join unit u1_0 on u1_0.id=sw1_0.unit_id where sw1_0.code='LL-03' and sw1_0.active=true and u1_0.active=true fetch first 1 rows only \gset w_
begin;
select encode(sha256(convert_to(:client_id::text || '-' || :r::text || '-' || clock_timestamp()::text, 'UTF8')), 'hex') as key \gset
select pg_advisory_xact_lock(hashtextextended(:key, 0));
select r1_0.* from report r1_0 where r1_0.submission_key_hash = :key fetch first 1 rows only;
select 'YZ' || upper(substr(md5(:key), 1, 12)) as receipt \gset
select r1_0.* from report r1_0 where r1_0.receipt_no = :receipt fetch first 1 rows only;
insert into report (accused_badge,accused_description_enc,accused_name,anonymised_at,category,channel,consented_processing,contact_preference,created_at,declared_truthful,directly_served,fingerprint,locale,narrative_enc,occurred_on,occurred_time,password_hash,place_enc,receipt_no,received_at,reporter_email_enc,reporter_id_no_enc,reporter_id_no_index,reporter_name_enc,reporter_phone_enc,reporter_phone_index,subcategory,submission_key_hash,unit_id,window_id)
values ('PGBENCH', 'bench1:' || repeat('A', 80), null, null, 'PETTY_CORRUPTION', 'WEB', true, 'PHONE', now(), true, true, md5(:key) || md5(:receipt), 'zh-CN', 'bench1:' || repeat('B', 216), current_date - 3, '10:30', 'pbkdf2-sha256$120000$' || repeat('C', 69), 'bench1:' || repeat('D', 104), :receipt, now(), 'bench1:' || repeat('E', 56), 'bench1:' || repeat('F', 64), md5(:receipt || 'i') || md5(:key || 'i'), 'bench1:' || repeat('G', 52), 'bench1:' || repeat('H', 52), md5(:receipt || 'p') || md5(:key || 'p'), 'HINTING', :key, :w_unit_id, :w_id)
returning id as report_id \gset
insert into case_file (assigned_unit_id,category,conclusion,created_at,next_due,opened_at,report_id,state,subcategory,version)
values (null, 'PETTY_CORRUPTION', null, now(), null, now(), :report_id, 'REGISTERED', 'HINTING', 0)
returning id as case_id \gset
select cd1_0.* from case_deadline cd1_0 where cd1_0.case_id = :case_id and cd1_0.stage = 'ACCEPTANCE' and cd1_0.closed_at is null fetch first 1 rows only;
select dp1_0.* from deadline_policy dp1_0 where dp1_0.stage = 'ACCEPTANCE' and dp1_0.valid_from <= now() and (dp1_0.valid_to is null or dp1_0.valid_to > now()) and (dp1_0.category is null or dp1_0.category = 'PETTY_CORRUPTION') and (dp1_0.subcategory is null or dp1_0.subcategory = 'HINTING');
insert into case_deadline (case_id,closed_at,created_at,due_on,escalated_at,extended_days,extension_reason,policy_id,provisional,recorded_at,reminded_at,stage,started_on)
values (:case_id, null, now(), current_date + 7, null, 0, null, 1, false, null, null, 'ACCEPTANCE', current_date) returning *;
select cd1_0.* from case_deadline cd1_0 where cd1_0.case_id = :case_id and cd1_0.stage = 'ACCEPTANCE_NOTICE' and cd1_0.closed_at is null fetch first 1 rows only;
select dp1_0.* from deadline_policy dp1_0 where dp1_0.stage = 'ACCEPTANCE_NOTICE' and dp1_0.valid_from <= now() and (dp1_0.valid_to is null or dp1_0.valid_to > now()) and (dp1_0.category is null or dp1_0.category = 'PETTY_CORRUPTION') and (dp1_0.subcategory is null or dp1_0.subcategory = 'HINTING');
insert into case_deadline (case_id,closed_at,created_at,due_on,escalated_at,extended_days,extension_reason,policy_id,provisional,recorded_at,reminded_at,stage,started_on)
values (:case_id, null, now(), current_date + 21, null, 0, null, 2, false, null, null, 'ACCEPTANCE_NOTICE', current_date) returning *;
insert into case_event (action,actor,at,case_id,conclusion,created_at,deadline_due,deadline_stage,note_enc,public_event)
values ('REGISTERED', 'system', now(), :case_id, null, now(), current_date + 7, 'ACCEPTANCE', null, true) returning *;
insert into outbox_message (attempts,body_enc,case_id,created_at,html_enc,kind,last_error,next_attempt_at,recipient_enc,report_id,sent_at,status,subject)
values (0, 'bench1:' || repeat('I', 744), null, now(), 'bench1:' || repeat('J', 1560), 'RECEIPT', null, now(), 'bench1:' || repeat('K', 56), :report_id, null, 'PENDING', '清风举报回执 ' || :receipt) returning *;
update case_file set assigned_unit_id=null,category='PETTY_CORRUPTION',conclusion=null,next_due=current_date + 7,opened_at=now(),report_id=:report_id,state='REGISTERED',subcategory='HINTING',version=1 where id=:case_id and version=0;
commit;
