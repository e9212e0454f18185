-- 延期: one extension per stage of a case, requested with reasons, decided by an inspector, within the policy's limit.
create table deadline_extension (
    id                bigint generated always as identity primary key,
    case_deadline_id  bigint        not null unique references case_deadline (id),
    days              int           not null check (days > 0),
    reason            varchar(1000) not null,
    requested_by      varchar(100)  not null,
    requested_at      timestamptz   not null,
    approved          boolean,
    decided_by        varchar(100),
    decided_at        timestamptz,
    decision_reason   varchar(1000),
    created_at        timestamptz   not null default now(),
    check ((approved is null) = (decided_at is null))
);
