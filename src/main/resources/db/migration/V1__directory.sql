-- The directory: units, who headed them when, service windows and staff.

create table unit (
    id          bigint generated always as identity primary key,
    code        varchar(40)  not null unique,
    name        varchar(120) not null,
    name_en     varchar(160),
    kind        varchar(30)  not null check (kind in ('CITY_DEPARTMENT', 'COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE',
                                                      'DEVELOPMENT_ZONE', 'SERVICE_CENTER', 'DISCIPLINE_BODY',
                                                      'SUPERVISION_OFFICE')),
    parent_id   bigint references unit (id),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now()
);
create index unit_parent_idx on unit (parent_id);

-- Rule 9 holds the head *at the time of the conduct* accountable, so headship is a history.
create table unit_head (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null references unit (id),
    name        varchar(60)  not null,
    title       varchar(60)  not null,
    start_date  date         not null,
    end_date    date,
    created_at  timestamptz  not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index unit_head_unit_idx on unit_head (unit_id, start_date);

create table service_window (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null references unit (id),
    code        varchar(20)  not null unique check (code ~ '^[A-Z0-9-]{2,20}$'),
    name        varchar(120) not null,
    name_en     varchar(160),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now()
);
create index service_window_unit_idx on service_window (unit_id);

create table staff (
    id          bigint generated always as identity primary key,
    unit_id     bigint       not null references unit (id),
    window_id   bigint references service_window (id),
    name        varchar(60)  not null,
    badge_no    varchar(30),
    active      boolean      not null default true,
    created_at  timestamptz  not null default now()
);
create index staff_unit_idx on staff (unit_id);
create index staff_badge_idx on staff (badge_no);
