-- 1,000,000 cases generated in the tables, set-based, spread like a few years of a city's reports:
--   received from 2021-01-01 to today, units and windows of the directory, both categories and all subcategories,
--   five channels; cases older than 60 days are mostly filed (CLOSED / REJECTED / TRANSFERRED), 0.5 % are stuck
--   in verification long past the limit; the last 60 days spread over every state with their open limits, so some
--   are overdue, some due soon. The sweep is taken to have been running: 98 % of passed limits are already
--   escalated (and recorded after 7 days), 95 % of near ones reminded; the rest is the sweep's work.
-- Encrypted columns are copied from the reports the submission benchmark stored through the app (real
-- ciphertexts under the run's keys, so the app can open every generated report), round robin.
-- psql -v n=1000000 -f gen_cases.sql
\set ON_ERROR_STOP on
set synchronous_commit = off;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

begin;
create temp table tpl on commit drop as
select row_number() over (order by id) - 1 as k, place_enc, accused_description_enc, narrative_enc, reporter_name_enc,
       reporter_id_no_enc, reporter_phone_enc, reporter_email_enc, reporter_id_no_index, reporter_phone_index,
       password_hash
from (select * from report where accused_badge is distinct from 'PGBENCH' order by id limit 1000) r;
do $$ begin if (select count(*) from tpl) = 0 then raise exception 'no template reports: submit some first'; end if; end $$;

create temp table tgt on commit drop as
select row_number() over (order by u.id) - 1 as k, u.id as unit_id, w.id as window_id
from unit u left join lateral (select id from service_window w where w.unit_id = u.id order by id limit 1) w on true
where u.kind not in ('DISCIPLINE_BODY', 'SUPERVISION_OFFICE');
create temp table win on commit drop as
select row_number() over (order by id) - 1 as k, id as window_id, unit_id from service_window;

create temp table sub (k int, category varchar(30), subcategory varchar(40));
insert into sub values
  (0, 'ARROGANT_SERVICE', 'HARD_TO_ENTER'), (1, 'ARROGANT_SERVICE', 'HARD_FACE'), (2, 'ARROGANT_SERVICE', 'HARD_TO_DO'),
  (3, 'ARROGANT_SERVICE', 'STILL_HARD_TO_DO'), (4, 'ARROGANT_SERVICE', 'OTHER_ATTITUDE'),
  (5, 'ARROGANT_SERVICE', 'HARD_TO_DO'), (6, 'PETTY_CORRUPTION', 'BANQUET'), (7, 'PETTY_CORRUPTION', 'MONEY_OR_GIFTS'),
  (8, 'PETTY_CORRUPTION', 'HINTING'), (9, 'PETTY_CORRUPTION', 'EXTORTION'), (10, 'PETTY_CORRUPTION', 'NO_BENEFIT_NO_SERVICE'),
  (11, 'PETTY_CORRUPTION', 'OBSTRUCTION');

-- one row per generated case: everything the inserts below need
create temp table g on commit drop as
with base as (
  select n,
         (select coalesce(max(id), 0) from report) + n as report_id,
         (select coalesce(max(id), 0) from case_file) + n as case_id,
         timestamptz '2021-01-01 08:00+08'
           + (n::float8 / :n) * (now() - interval '1 day' - timestamptz '2021-01-01 08:00+08')
           + ((n * 7919) % 600) * interval '1 minute' as received_at,
         (n * 2654435761) % 1000 as h
  from generate_series(1::bigint, :n) n
)
select b.*,
       (b.received_at at time zone 'Asia/Shanghai')::date as received_on,
       current_date - (b.received_at at time zone 'Asia/Shanghai')::date as age,
       s.category, s.subcategory,
       case when b.h % 10 < 4 then wi.unit_id else t.unit_id end as unit_id,
       case when b.h % 10 < 4 then wi.window_id end as window_id,
       (array['WEB','WEB','WEB','WEB','WEB','WEB','WEB','PHONE','PHONE','API','LETTER','VISIT'])[1 + (b.n % 12)] as channel
from base b
join sub s on s.k = b.n % 12
join tgt t on t.k = b.n % (select count(*) from tgt)
join win wi on wi.k = (b.n / 7) % (select count(*) from win);

alter table g add column state varchar(30);
update g set state = case
  when age <= 60 then case
    when h < 100 then 'REGISTERED' when h < 200 then 'ACCEPTED' when h < 350 then 'ASSIGNED'
    when h < 650 then 'SIGNED_FOR' when h < 750 then 'FINDINGS_SUBMITTED' when h < 850 then 'CONCLUDED'
    when h < 880 then 'UNDER_REVIEW' when h < 930 then 'CLOSED' when h < 970 then 'REJECTED' else 'TRANSFERRED' end
  else case
    when h < 5 then 'SIGNED_FOR' when h < 850 then 'CLOSED' when h < 940 then 'REJECTED' else 'TRANSFERRED' end
  end;

insert into report (id, receipt_no, password_hash, submission_key_hash, fingerprint, channel, category, subcategory,
                    unit_id, window_id, occurred_on, occurred_time, place_enc, accused_name, accused_badge,
                    accused_description_enc, narrative_enc, reporter_name_enc, reporter_id_no_enc, reporter_phone_enc,
                    reporter_email_enc, reporter_id_no_index, reporter_phone_index, directly_served,
                    contact_preference, declared_truthful, consented_processing, locale, received_at, created_at)
overriding system value
select g.report_id, 'G' || lpad(g.report_id::text, 12, '0'), tp.password_hash,
       md5('k' || g.report_id) || md5('q' || g.report_id), md5('f' || g.n) || md5('p' || g.n), g.channel, g.category, g.subcategory,
       g.unit_id, g.window_id, g.received_on - (g.n % 20)::int, time '09:00' + (g.n % 480) * interval '1 minute',
       tp.place_enc,
       case when g.n % 3 = 0 then '示例' || (g.n % 997) end,
       case when g.n % 3 <> 0 then 'B' || lpad((g.n % 5000)::text, 5, '0') end,
       tp.accused_description_enc, tp.narrative_enc, tp.reporter_name_enc, tp.reporter_id_no_enc,
       tp.reporter_phone_enc, tp.reporter_email_enc, tp.reporter_id_no_index, tp.reporter_phone_index,
       true, (array['PHONE','SMS','EMAIL'])[1 + g.n % 3], true, true, case when g.n % 9 = 0 then 'en' else 'zh-CN' end,
       g.received_at, g.received_at
from g join tpl tp on tp.k = g.n % (select count(*) from tpl);

insert into case_file (id, report_id, state, opened_at, version, created_at, category, subcategory, assigned_unit_id,
                       conclusion)
overriding system value
select g.case_id, g.report_id, g.state, g.received_at, 1, g.received_at, g.category, g.subcategory,
       case when g.state in ('ASSIGNED','SIGNED_FOR','FINDINGS_SUBMITTED','CONCLUDED','UNDER_REVIEW','CLOSED')
            then g.unit_id end,
       case when g.state in ('CONCLUDED','UNDER_REVIEW','CLOSED')
            then (array['SUBSTANTIATED','PARTLY_SUBSTANTIATED','UNSUBSTANTIATED'])[1 + g.n % 3] end
from g;

-- the limits: open ones for the running stages, one closed one for a filed case
create temp table dl on commit drop as
select g.case_id, g.n, g.category, x.stage, x.started_on, x.started_on + x.days as due_on, x.closed
from g
cross join lateral (values
    ('ACCEPTANCE', g.received_on, 7, false, g.state = 'REGISTERED'),
    ('ACCEPTANCE_NOTICE', g.received_on, 21, false, g.state in ('REGISTERED', 'ACCEPTED')),
    ('INVESTIGATION', least(g.received_on + 5, current_date),
        case when g.category = 'PETTY_CORRUPTION' then 42 else 21 end, false, g.state in ('ASSIGNED', 'SIGNED_FOR')),
    ('REVIEW', least(g.received_on + 25, current_date), 7, false, g.state = 'FINDINGS_SUBMITTED'),
    ('RESULT_NOTICE', least(g.received_on + 30, current_date), 21, false, g.state = 'CONCLUDED'),
    ('REVIEW_DECISION', least(g.received_on + 35, current_date), 30, false, g.state = 'UNDER_REVIEW'),
    ('INVESTIGATION', g.received_on + 5, case when g.category = 'PETTY_CORRUPTION' then 42 else 21 end, true,
        g.state = 'CLOSED'),
    ('ACCEPTANCE', g.received_on, 7, true, g.state in ('REJECTED', 'TRANSFERRED'))
  ) as x (stage, started_on, days, closed, applies)
where x.applies;

create temp table pol on commit drop as
select s.stage, c.category,
       (select p.id from deadline_policy p where p.stage = s.stage and p.valid_to is null
          and (p.category is null or p.category = c.category) order by p.category nulls last limit 1) as id
from (select distinct stage from dl) s cross join (values ('ARROGANT_SERVICE'), ('PETTY_CORRUPTION')) c (category);

insert into case_deadline (case_id, stage, policy_id, started_on, due_on, provisional, closed_at, reminded_at,
                           escalated_at, recorded_at, created_at)
select d.case_id, d.stage, p.id, d.started_on, d.due_on, d.due_on > date '2026-12-31',
       case when d.closed then (d.due_on - 3)::timestamptz end,
       case when not d.closed and d.due_on <= current_date + 3 and d.n % 20 <> 0 then (d.due_on - 2)::timestamptz end,
       case when not d.closed and d.due_on < current_date and d.n % 50 <> 0 then (d.due_on + 1)::timestamptz end,
       case when not d.closed and d.due_on < current_date - 7 and d.n % 50 not in (0, 1)
            then (d.due_on + 8)::timestamptz end,
       d.started_on::timestamptz
from dl d
join pol p on p.stage = d.stage and p.category = d.category;

update case_file c set next_due = x.due
from (select case_id, min(due_on) as due from dl where not closed group by case_id) x
where x.case_id = c.id;

-- the timeline: registration, and the step that brought the case to its state
insert into case_event (case_id, at, action, actor, public_event, note_enc, created_at)
select g.case_id, g.received_at, 'REGISTERED', 'system', true, null, g.received_at from g;
insert into case_event (case_id, at, action, actor, public_event, note_enc, created_at)
select g.case_id, least(g.received_at + ((g.n % 40) + 2) * interval '1 day', now()),
       case g.state when 'CONCLUDED' then 'APPROVED' when 'UNDER_REVIEW' then 'OBJECTED' else g.state end,
       'inspector' || (g.n % 12), true, null, g.received_at
from g where g.state <> 'REGISTERED';

select setval(pg_get_serial_sequence('report', 'id'), (select max(id) from report));
select setval(pg_get_serial_sequence('case_file', 'id'), (select max(id) from case_file));
commit;
