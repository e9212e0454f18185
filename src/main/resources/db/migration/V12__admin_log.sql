-- Every change an admin makes (directory, heads, windows, staff, mappings, routing rules, deadline policy,
-- calendar) in one log: who, when, what, and a before/after summary. Never personal data of reporters.
create table admin_change (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    subject     varchar(40)  not null,
    subject_ref varchar(80),
    action      varchar(20)  not null check (action in ('CREATED', 'CHANGED', 'ENDED', 'REMOVED')),
    detail      varchar(4000),
    created_at  timestamptz  not null default now()
);
create index admin_change_at_idx on admin_change (at desc, id desc);
create index admin_change_subject_idx on admin_change (subject, subject_ref);

-- Where chase and escalation mail goes: a unit's official mailbox (its handling desk, or for the supervision
-- office its duty mailbox) and the head's own official mailbox.
alter table unit add column mailbox varchar(200);
alter table unit_head add column mailbox varchar(200);
