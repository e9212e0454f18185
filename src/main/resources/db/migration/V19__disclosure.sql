-- 处理结果公开曝光: typical cases prepared from concluded cases, approved by a second inspector, published, and
-- withdrawn with the reason kept. The text is written for publication: staff as 张某, the unit named, never the
-- reporter.
create table typical_case (
    id                 bigint generated always as identity primary key,
    case_id            bigint        not null unique references case_file (id),
    title              varchar(200)  not null check (btrim(title) <> ''),
    body               text          not null check (btrim(body) <> ''),
    category           varchar(30)   not null,
    unit_id            bigint        not null references unit (id),
    -- the county, district or zone of the unit; null for a city-level unit
    area_id            bigint        references unit (id),
    year               int           not null,
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
    -- the second pair of eyes: whoever approves is not whoever prepared
    check (approved_by is null or approved_by <> prepared_by),
    check ((state = 'DRAFT') = (published_at is null)),
    check ((state = 'WITHDRAWN') = (withdrawn_at is not null)),
    check (withdrawn_at is null or btrim(withdrawal_reason) <> '')
);
create index typical_case_public_idx on typical_case (published_at desc, id desc) where state = 'PUBLISHED';
