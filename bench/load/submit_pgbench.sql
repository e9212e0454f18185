-- pgbench: the database work of one form submission, statement for statement as the app issues it (taken from
-- PostgreSQL's statement log of POST /report, bench/load/profile.sh's last step, 2026-12-06, after the directory and
-- the deadline policies moved into memory): the address's allowance in a transaction of its own, then in one
-- transaction the report, the look for an open case of the same matter (重复举报), its case (holding body and next due
-- day in the insert), the two opening limits, the REGISTERED timeline entry and the receipt by mail and by text in the
-- outbox (run with -M prepared; -D unit_id, window_id and body_id from the sample directory). Ciphertexts of the same
-- lengths; no keyed hashes, no SM4, no HTTP, no templates. One helper select (the key and receipt number drawn here)
-- is work the app does not send: it errs in the app's favour by a statement.
\set r random(1, 2000000000)
begin;
insert into rate_limit (key, window_start, used) values ('pgbench-' || :client_id || '-' || :r, date_trunc('hour', now()), 1)
on conflict (key) do update set
  used = case when rate_limit.window_start = excluded.window_start then rate_limit.used + excluded.used else excluded.used end,
  window_start = excluded.window_start
where rate_limit.window_start <> excluded.window_start or rate_limit.used + excluded.used <= 10
returning used;
commit;
begin;
select k as key, 'YZ' || upper(substr(md5(k), 1, 12)) as receipt
from (select encode(sha256(convert_to(:client_id::text || '-' || :r::text || '-' || clock_timestamp()::text, 'UTF8')), 'hex') as k) s \gset
insert into report (accused_badge,accused_description_enc,accused_name,anonymised_at,category,channel,consented_processing,contact_preference,created_at,declared_truthful,directly_served,fingerprint,locale,narrative_enc,occurred_on,occurred_time,password_hash,place_enc,receipt_no,received_at,reporter_email_enc,reporter_id_no_enc,reporter_id_no_index,reporter_name_enc,reporter_phone_enc,reporter_phone_index,subcategory,submission_key_hash,unit_id,window_id)
values ('PGBENCH-' || :r, 'bench1:' || repeat('A', 80), null, null, 'PETTY_CORRUPTION', 'WEB', true, 'PHONE', now(), true, true, md5(:key) || md5(:receipt), 'zh-CN', 'bench1:' || repeat('B', 216), current_date - 3, '10:30', 'hmac-sha256$bp1$' || repeat('C', 44), 'bench1:' || repeat('D', 104), :receipt, now(), 'bench1:' || repeat('E', 56), 'bench1:' || repeat('F', 64), md5(:receipt || 'i') || md5(:key || 'i'), 'bench1:' || repeat('G', 52), 'bench1:' || repeat('H', 52), md5(:receipt || 'p') || md5(:key || 'p'), 'HINTING', :key, :unit_id, :window_id)
returning id as report_id \gset
with same_person as materialized (
  select id, unit_id, category, occurred_on, window_id, accused_name, accused_badge, received_at
  from report where reporter_id_no_index = md5(:receipt || 'i') || md5(:key || 'i') or reporter_phone_index = md5(:receipt || 'p') || md5(:key || 'p'))
select c.case_id from same_person o join case_fact c on c.report_id = o.id
where o.id <> :report_id
  and o.unit_id = :unit_id and o.category = 'PETTY_CORRUPTION' and o.occurred_on = current_date - 3
  and (o.window_id is null or o.window_id = :window_id)
  and (o.accused_badge is null or upper(o.accused_badge) = upper('PGBENCH-' || :r))
  and c.state not in ('REJECTED', 'TRANSFERRED', 'REFERRED', 'CLOSED')
order by o.received_at, o.id
limit 1;
insert into case_file (anonymous,assigned_unit_id,body_id,category,conclusion,created_at,next_due,opened_at,report_id,state,subcategory,version)
values (false, null, :body_id, 'PETTY_CORRUPTION', null, now(), current_date + 7, now(), :report_id, 'REGISTERED', 'HINTING', 0)
returning id as case_id \gset
insert into case_deadline (case_id,closed_at,created_at,due_on,escalated_at,extended_days,extension_reason,policy_id,provisional,recorded_at,reminded_at,stage,started_on)
values (:case_id, null, now(), current_date + 7, null, 0, null, 1, false, null, null, 'ACCEPTANCE', current_date) returning *;
insert into case_deadline (case_id,closed_at,created_at,due_on,escalated_at,extended_days,extension_reason,policy_id,provisional,recorded_at,reminded_at,stage,started_on)
values (:case_id, null, now(), current_date + 21, null, 0, null, 2, false, null, null, 'ACCEPTANCE_NOTICE', current_date) returning *;
insert into case_event (action,actor,at,case_id,conclusion,created_at,deadline_due,deadline_stage,note_enc,public_event)
values ('REGISTERED', 'system', now(), :case_id, null, now(), current_date + 7, 'ACCEPTANCE', null, true) returning *;
insert into outbox_message (attempts,body_enc,case_id,channel,created_at,html_enc,kind,last_error,next_attempt_at,recipient_enc,report_id,sent_at,status,subject)
values (0, 'bench1:' || repeat('I', 744), null, 'MAIL', now(), 'bench1:' || repeat('J', 1560), 'RECEIPT', null, now(), 'bench1:' || repeat('K', 56), :report_id, null, 'PENDING', '清风举报回执 ' || :receipt) returning *;
insert into outbox_message (attempts,body_enc,case_id,channel,created_at,html_enc,kind,last_error,next_attempt_at,params_enc,recipient_enc,report_id,sent_at,status,subject)
values (0, 'bench1:' || repeat('L', 160), null, 'SMS', now(), null, 'RECEIPT', null, now(), 'bench1:' || repeat('M', 96), 'bench1:' || repeat('N', 40), :report_id, null, 'PENDING', null) returning *;
commit;
