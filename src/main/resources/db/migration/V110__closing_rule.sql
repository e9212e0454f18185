-- Rule 8's 一律严肃处理 and rule 9's zero tolerance: a substantiated or partly substantiated case closes only when every
-- staff member it concerns has a recorded disposition, or an approved reason why none (person unknown, left the
-- service ...). The reason is proposed by one inspector and approved by another.
create table disposition_waiver (
    id            bigint generated always as identity primary key,
    case_id       bigint        not null references case_file (id),
    -- the staff member it is about; null: the person at fault could not be identified
    staff_id      bigint        references staff (id),
    reason        varchar(30)   not null check (reason in ('PERSON_UNKNOWN', 'LEFT_SERVICE', 'DECEASED',
                                                           'NOT_RESPONSIBLE', 'OTHER')),
    note          varchar(1000) not null check (btrim(note) <> ''),
    proposed_by   varchar(100)  not null,
    proposed_at   timestamptz   not null,
    approved_by   varchar(100),
    approved_at   timestamptz,
    created_at    timestamptz   not null default now(),
    check ((approved_by is null) = (approved_at is null)),
    check (approved_by is null or approved_by <> proposed_by)
);
create unique index disposition_waiver_once on disposition_waiver (case_id, coalesce(staff_id, 0));
