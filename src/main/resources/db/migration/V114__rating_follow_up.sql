-- 好差评 follow-up (issue 15): a bad rating is visited back (回访) and rectified (整改) within limits that run, are chased
-- and counted like every other limit (policy rows below, which administrators can change like any limit); a rating the
-- body holds mistaken or malicious can be appealed (申诉复核), decided by a second inspector, and one upheld does not
-- count in the figures.

insert into deadline_policy (stage, category, days, day_kind, max_extension_days, source, valid_from, created_by, reason) values
    ('RATING_VISIT', null, 5, 'WORKING', 0, '政务服务“好差评”（国办发〔2019〕51号）及本市规定：实名差评回访', '2020-01-01',
     'V114__rating_follow_up.sql', 'default'),
    ('RATING_RECTIFICATION', null, 15, 'WORKING', 0, '政务服务“好差评”（国办发〔2019〕51号）及本市规定：差评整改', '2020-01-01',
     'V114__rating_follow_up.sql', 'default');

-- the visit is done_at/done_by/note as before; the rectification and the appeal beside it
alter table follow_up add column rectified_at timestamptz;
alter table follow_up add column rectified_by varchar(100);
alter table follow_up add column rectification_enc text;
alter table follow_up add column appeal_kind varchar(20) check (appeal_kind in ('MISTAKEN', 'MALICIOUS'));
alter table follow_up add column appeal_reason varchar(1000);
alter table follow_up add column appealed_by varchar(100);
alter table follow_up add column appealed_at timestamptz;
alter table follow_up add column appeal_upheld boolean;
alter table follow_up add column appeal_decided_by varchar(100);
alter table follow_up add column appeal_decided_at timestamptz;
alter table follow_up add column appeal_decision varchar(1000);
alter table follow_up add constraint follow_up_rectified check ((rectified_at is null) = (rectified_by is null));
alter table follow_up add constraint follow_up_appeal check (
    (appealed_at is null) = (appeal_kind is null) and (appealed_at is null) = (appealed_by is null)
    and (appeal_decided_at is null) = (appeal_upheld is null)
    and (appeal_decided_at is null or (appealed_at is not null and appeal_decided_by <> appealed_by)));

-- intake: the reporter's rating of each case (好差评) as the figures count it: a rating whose appeal (申诉复核) was upheld
-- as mistaken or malicious is left out. satisfied / dissatisfied as before.
create or replace view case_rating as
select s.case_id, s.rated_at,
       s.level in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED') as satisfied,
       s.level in ('DISSATISFIED', 'VERY_DISSATISFIED') as dissatisfied
from satisfaction s
where not exists (select 1 from follow_up f where f.case_id = s.case_id and f.appeal_upheld);
