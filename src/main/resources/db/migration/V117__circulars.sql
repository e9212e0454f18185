-- 通报: one circular publishes several typical cases at once ("关于3起“索拿卡要”典型问题的通报"), with a lead
-- paragraph; each case in it went through its own approval, the circular through a second inspector's approval.
create table circular (
    id                 bigint generated always as identity primary key,
    title              varchar(200)  not null check (btrim(title) <> ''),
    lead               varchar(2000),
    state              varchar(20)   not null check (state in ('DRAFT', 'PUBLISHED', 'WITHDRAWN')),
    prepared_by        varchar(100)  not null,
    prepared_at        timestamptz   not null,
    approved_by        varchar(100),
    published_at       timestamptz,
    withdrawn_by       varchar(100),
    withdrawn_at       timestamptz,
    withdrawal_reason  varchar(1000),
    version            int           not null default 0,
    created_at         timestamptz   not null default now(),
    check (approved_by is null or approved_by <> prepared_by),
    check ((state = 'DRAFT') = (published_at is null)),
    check ((state = 'WITHDRAWN') = (withdrawn_at is not null)),
    check (withdrawn_at is null or btrim(withdrawal_reason) <> '')
);
create index circular_public_idx on circular (published_at desc, id desc) where state = 'PUBLISHED';

-- the cases of a circular, in the order it numbers them (一、二、三…)
create table circular_case (
    circular_id      bigint not null references circular (id),
    typical_case_id  bigint not null references typical_case (id),
    position         int    not null check (position >= 0),
    primary key (circular_id, typical_case_id),
    unique (circular_id, position)
);
create index circular_case_typical_idx on circular_case (typical_case_id);
