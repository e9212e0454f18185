-- Issue 15: 澄清正名 and 诬告陷害 as the rules know them. Clearing a name (for an unsubstantiated case, or the part of
-- a partly substantiated one that was not found) needs the person's consent and records how and before whom it was
-- done; a finding that the report was a false accusation is passed on (to the reporter's organisation, the public
-- security organs, or the discipline body competent for the reporter) and recorded with whom and when. One of each
-- per case, owned by the accountability package. The free-text columns on case_file they replace are moved here.
create table name_clearing (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null unique references case_file (id),
    consent_on   date          not null,
    manner       varchar(20)   not null check (manner in ('MEETING', 'WRITTEN', 'CIRCULAR', 'VISIT')),
    audience     varchar(300)  not null check (btrim(audience) <> ''),
    cleared_on   date          not null check (cleared_on >= consent_on),
    note         varchar(1000),
    recorded_by  varchar(100)  not null,
    created_at   timestamptz   not null default now()
);

create table false_accusation (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null unique references case_file (id),
    finding      varchar(1000) not null check (btrim(finding) <> ''),
    passed_to    varchar(30)   not null check (passed_to in ('REPORTER_ORGANISATION', 'PUBLIC_SECURITY', 'DISCIPLINE_BODY')),
    recipient    varchar(200)  not null check (btrim(recipient) <> ''),
    passed_on    date          not null,
    recorded_by  varchar(100)  not null,
    created_at   timestamptz   not null default now()
);

insert into name_clearing (case_id, consent_on, manner, audience, cleared_on, note, recorded_by)
select id, name_cleared_on, 'WRITTEN', '（本记录早于范围登记，未注明）', name_cleared_on, name_cleared_note,
       'V115__name_clearing.sql'
from case_file where name_cleared_on is not null;

insert into false_accusation (case_id, finding, passed_to, recipient, passed_on, recorded_by)
select id, false_accusation_reason, 'DISCIPLINE_BODY', '（本记录早于移交登记，未注明）',
       coalesce((updated.at at time zone 'Asia/Shanghai')::date, current_date), 'V115__name_clearing.sql'
from case_file f
left join lateral (select max(at) as at from case_event e where e.case_id = f.id) updated on true
where false_accusation_reason is not null;

alter table case_file drop column name_cleared_on, drop column name_cleared_note, drop column false_accusation_reason;
