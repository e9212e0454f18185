-- Intake registers what the rules say it must (纪检监察机关处理检举控告工作规则（2020）第十四条: 逐件登记):
-- * anonymous reports of petty corruption (rule 9 asks for no real name; real-name reports are handled first):
--   no reporter identity is stored at all, and nobody is told anything except through the receipt and password;
-- * "real name" as the rules define it: a person's own name or a unit's (company's) name, with a concrete contact
--   (a landline counts), a unit's 经办人, a report made on behalf of someone named, ID documents beyond the mainland
--   resident ID (港澳、台湾 permits, the foreign permanent resident ID, passports);
-- * the 办件编号 of the application the report concerns (optional; not personal data).
alter table report
    add column anonymous boolean not null default false,
    add column reporter_kind varchar(10) not null default 'PERSON' check (reporter_kind in ('PERSON', 'UNIT')),
    add column reporter_agent_enc text,
    add column on_behalf_of_enc text,
    add column on_behalf_relation_enc text,
    add column id_type varchar(30) not null default 'RESIDENT_ID'
        check (id_type in ('RESIDENT_ID', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT', 'PASSPORT')),
    add column application_no varchar(40);
alter table report alter column contact_preference drop not null;

-- Until retention erases it, a real-name report keeps a name and a way to reach the reporter (a unit also its
-- 经办人); an anonymous one holds no identity at all. (Whether an ID number is needed is intake's check, not the
-- schema's: a unit reports without one, and staff register letters that give none.)
alter table report drop constraint report_personal_data_until_anonymised;
alter table report add constraint report_personal_data_until_anonymised check (anonymised_at is not null
    or (place_enc is not null and narrative_enc is not null
        and ((anonymous and reporter_name_enc is null and reporter_id_no_enc is null and reporter_phone_enc is null
                 and reporter_email_enc is null and reporter_id_no_index is null and reporter_phone_index is null
                 and reporter_agent_enc is null and on_behalf_of_enc is null and on_behalf_relation_enc is null)
             or (not anonymous and reporter_name_enc is not null and reporter_phone_enc is not null
                 and reporter_phone_index is not null and contact_preference is not null
                 and (reporter_kind = 'PERSON' or reporter_agent_enc is not null)))));
create index report_application_no_idx on report (application_no) where application_no is not null;

-- casework: an anonymous case has nobody to tell (no 告知 or 反馈 limits) and ranks after real-name ones.
alter table case_file add column anonymous boolean not null default false;

create or replace view case_fact as
select c.id as case_id, c.report_id, r.receipt_no, r.unit_id, r.window_id, c.category, c.subcategory, r.channel,
       r.received_at, (r.received_at at time zone 'Asia/Shanghai')::date as received_on,
       c.state, c.conclusion, coalesce(c.conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED'), false) as found,
       c.assigned_unit_id, c.next_due,
       (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'ACCEPTED') as accepted_at,
       (select k.concluded_at from case_conclusion k where k.case_id = c.id) as concluded_at,
       c.body_id, c.anonymous
from case_file c join report r on r.id = c.report_id;
