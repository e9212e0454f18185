-- Rule 9 and the guarantee measures: what happens to the staff involved (处理/处分), and to the head of the unit
-- (问责), recorded per case and per person.

-- The same person may head several units over the years (one unit_head row per term): person_ref ties the terms
-- together, so a head's page lists their accountability across units. Null: nobody has said; the term stands alone.
alter table unit_head add column person_ref varchar(40);
create index unit_head_person_idx on unit_head (person_ref) where person_ref is not null;

-- A disposition of one staff member in one case, decided by a discipline inspector.
create table disposition (
    id            bigint generated always as identity primary key,
    case_id       bigint        not null references case_file (id),
    staff_id      bigint        not null references staff (id),
    kind          varchar(30)   not null check (kind in ('TALK_REMINDER', 'CRITICISM_EDUCATION', 'ORDERED_SELF_CRITICISM',
                                                         'ADMONITION', 'CIRCULATED_CRITICISM', 'WARNING', 'DEMERIT',
                                                         'MAJOR_DEMERIT', 'DEMOTION', 'DISMISSAL_FROM_POST',
                                                         'EXPULSION', 'JUDICIAL_TRANSFER')),
    decided_on    date          not null,
    -- the effect period of a formal sanction (政务处分), fixed when it is decided: the last day it is in effect;
    -- null for dispositions without one, and for expulsion, which does not end
    effect_until  date,
    note          varchar(1000),
    decided_by    varchar(100)  not null,
    created_at    timestamptz   not null default now(),
    unique (case_id, staff_id, kind)
);
create index disposition_staff_idx on disposition (staff_id, decided_on);
create index disposition_case_idx on disposition (case_id);

-- 澄清正名 for an unsubstantiated case, and a report found to be a deliberate false accusation.
alter table case_file add column name_cleared_on date;
alter table case_file add column name_cleared_note varchar(1000);
alter table case_file add column false_accusation_reason varchar(1000);

-- An accountability matter (问责) for the head of a unit: opened by the system, decided by an inspector.
create table accountability_matter (
    id            bigint generated always as identity primary key,
    trigger       varchar(40)   not null check (trigger in ('PETTY_CORRUPTION', 'REPEATED_ARROGANT_SERVICE',
                                                            'OVERDUE_AFTER_ESCALATION')),
    -- the case that opened it (for a repeated-arrogant-service matter: the case that crossed the threshold)
    case_id       bigint        not null references case_file (id),
    -- which limit stayed overdue, for OVERDUE_AFTER_ESCALATION
    stage         varchar(30),
    unit_id       bigint        not null references unit (id),
    -- the head on the date that counts (the conduct; the limit that passed); null when the directory has none
    head_id       bigint        references unit_head (id),
    counted_on    date          not null,
    opened_at     timestamptz   not null,
    due_on        date          not null,
    due_provisional boolean     not null,
    decision      varchar(30)   check (decision in ('SELF_CRITICISM', 'CIRCULATION', 'ADMONITION', 'ORGANISATIONAL',
                                                    'DISCIPLINARY', 'EXEMPTED')),
    reasons       varchar(2000),
    decided_on    date,
    decided_by    varchar(100),
    created_at    timestamptz   not null default now(),
    check ((decision is null) = (decided_on is null)),
    check (decision is null or btrim(reasons) <> ''),
    check ((trigger = 'OVERDUE_AFTER_ESCALATION') = (stage is not null))
);
-- once per case and trigger (per limit for overdue ones), whatever runs twice
create unique index accountability_matter_once on accountability_matter (trigger, case_id, coalesce(stage, ''));
-- at most one undecided repeated-arrogant-service matter per unit at a time
create unique index accountability_matter_one_open_repeat on accountability_matter (unit_id)
    where trigger = 'REPEATED_ARROGANT_SERVICE' and decision is null;
create index accountability_matter_head_idx on accountability_matter (head_id);
create index accountability_matter_open_idx on accountability_matter (due_on) where decision is null;
