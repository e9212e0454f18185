-- The disposition catalogue as the rules know it (issue 15): 党纪处分 (留党察看 with its period), 组织处理, the sanctions of
-- 事业单位 staff, the measures used for contract and outsourced window staff, 移送检察机关; several per person (as
-- before: one row per kind); appeals (申诉, 复审, 复核) and their outcome; a changed or revoked disposition keeps its
-- history.
alter table disposition drop constraint disposition_kind_check;
alter table disposition add constraint disposition_kind_check check (kind in ('TALK_REMINDER', 'CRITICISM_EDUCATION', 'ORDERED_SELF_CRITICISM', 'ADMONITION', 'CIRCULATED_CRITICISM', 'SUSPENSION_FOR_INSPECTION', 'POST_ADJUSTMENT', 'ORDERED_RESIGNATION', 'REMOVAL_FROM_OFFICE', 'DEMOTION_IN_POST', 'WARNING', 'DEMERIT', 'MAJOR_DEMERIT', 'DEMOTION', 'DISMISSAL_FROM_POST', 'EXPULSION', 'PARTY_WARNING', 'PARTY_SERIOUS_WARNING', 'PARTY_REMOVAL_FROM_POST', 'PARTY_PROBATION', 'PARTY_EXPULSION', 'INSTITUTION_WARNING', 'INSTITUTION_DEMERIT', 'INSTITUTION_DOWNGRADE', 'INSTITUTION_DISMISSAL', 'REMOVED_FROM_WINDOW', 'SUSPENDED_FOR_TRAINING', 'PERFORMANCE_DEDUCTION', 'CONTRACT_TERMINATED', 'JUDICIAL_TRANSFER', 'PROCURATORATE_TRANSFER'));
-- 留党察看: one or two years, chosen in the decision
alter table disposition add column probation_months integer check (probation_months in (12, 24));
alter table disposition add constraint disposition_probation_period
    check ((kind = 'PARTY_PROBATION') = (probation_months is not null));
-- revoked (撤销) on appeal or otherwise: the record stays, the sanction no longer runs
alter table disposition add column revoked_on date;

-- Each change of a disposition (a changed kind or period, a revocation): what it was before, who changed it and why.
create table disposition_change (
    id                bigint generated always as identity primary key,
    disposition_id    bigint        not null references disposition (id),
    change            varchar(20)   not null check (change in ('CHANGED', 'REVOKED')),
    from_kind         varchar(30)   not null,
    from_probation_months integer,
    from_effect_until date,
    to_kind           varchar(30),
    to_probation_months integer,
    to_effect_until   date,
    effective_on      date          not null,
    reasons           varchar(2000) not null check (btrim(reasons) <> ''),
    appeal_id         bigint,
    changed_by        varchar(100)  not null,
    changed_at        timestamptz   not null,
    created_at        timestamptz   not null default now()
);
create index disposition_change_idx on disposition_change (disposition_id, id);

-- 申诉 (to the body that decided), 复审 (to the same body again), 复核 (to the body above): lodged, then decided.
create table disposition_appeal (
    id              bigint generated always as identity primary key,
    disposition_id  bigint        not null references disposition (id),
    kind            varchar(20)   not null check (kind in ('APPEAL', 'REEXAMINATION', 'REVIEW')),
    lodged_on       date          not null,
    grounds         varchar(2000) not null check (btrim(grounds) <> ''),
    recorded_by     varchar(100)  not null,
    outcome         varchar(20)   check (outcome in ('UPHELD', 'CHANGED', 'REVOKED')),
    decided_on      date,
    decision_reasons varchar(2000),
    decided_by      varchar(100),
    created_at      timestamptz   not null default now(),
    check ((outcome is null) = (decided_on is null)),
    check (outcome is null or btrim(decision_reasons) <> '')
);
create index disposition_appeal_idx on disposition_appeal (disposition_id);
-- one undecided appeal at a time per disposition
create unique index disposition_appeal_one_open on disposition_appeal (disposition_id) where outcome is null;
alter table disposition_change add constraint disposition_change_appeal_fk
    foreign key (appeal_id) references disposition_appeal (id);
