-- Deadline policy and the deadlines of each case. A limit is never edited in place: a change closes the row in
-- force (valid_to) and adds a new one, so the table is its own history and a case keeps the row it started with.

create table deadline_policy (
    id                  bigint generated always as identity primary key,
    stage               varchar(30)  not null,
    category            varchar(30),
    subcategory         varchar(40),
    days                int          not null check (days between 0 and 3650),
    day_kind            varchar(10)  not null check (day_kind in ('WORKING', 'CALENDAR')),
    max_extension_days  int          not null default 0 check (max_extension_days >= 0),
    source              varchar(300),
    valid_from          timestamptz  not null,
    valid_to            timestamptz,
    created_by          varchar(100) not null,
    reason              varchar(500),
    created_at          timestamptz  not null default now(),
    check (subcategory is null or category is not null),
    check (valid_to is null or valid_to >= valid_from)
);
-- one limit in force per stage and scope
create unique index deadline_policy_in_force on deadline_policy (stage, coalesce(category, ''), coalesce(subcategory, ''))
    where valid_to is null;

-- Defaults from DOMAIN.md's table of time limits.
insert into deadline_policy (stage, category, days, day_kind, max_extension_days, source, valid_from, created_by, reason) values
    ('ACCEPTANCE', null, 5, 'WORKING', 0, '纪检监察机关处理检举控告工作规则（2020）第十六条', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('ACCEPTANCE_NOTICE', null, 15, 'WORKING', 0, '同上，实施指引：实名举报受理情况告知', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('INVESTIGATION', 'ARROGANT_SERVICE', 15, 'WORKING', 15, '政务服务好差评、12345 工单时限（本市政策）', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('INVESTIGATION', 'PETTY_CORRUPTION', 30, 'WORKING', 30, '本市政策：索拿卡要核查时限', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('REVIEW', null, 5, 'WORKING', 5, '本市政策：纪检监察审核', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('RESULT_NOTICE', null, 15, 'WORKING', 0, '纪检监察机关处理检举控告工作规则（2020）实施指引：结果反馈', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('OBJECTION', null, 30, 'CALENDAR', 0, '信访工作条例（2022）：申请复核期限', '2020-01-01', 'V7__deadlines.sql', 'default'),
    ('REVIEW_DECISION', null, 30, 'CALENDAR', 30, '信访工作条例（2022）：复核决定期限', '2020-01-01', 'V7__deadlines.sql', 'default');

create table case_deadline (
    id               bigint generated always as identity primary key,
    case_id          bigint      not null references case_file (id),
    stage            varchar(30) not null,
    policy_id        bigint      not null references deadline_policy (id),
    started_on       date        not null,
    due_on           date        not null,
    -- computed over a year whose holiday notice was not yet entered (weekends only)
    provisional      boolean     not null,
    extended_days    int         not null default 0,
    extension_reason varchar(1000),
    closed_at        timestamptz,
    created_at       timestamptz not null default now()
);
create index case_deadline_case_idx on case_deadline (case_id);
-- the chasing job and the queues look for what is open and due
create index case_deadline_open_due_idx on case_deadline (due_on) where closed_at is null;
create unique index case_deadline_one_open_per_stage on case_deadline (case_id, stage) where closed_at is null;

alter table case_event add column deadline_stage varchar(30);
alter table case_event add column deadline_due date;

-- The case's own classification (the inspector may correct it later); the deadline policy is chosen by it.
alter table case_file add column category varchar(30);
alter table case_file add column subcategory varchar(40);
update case_file c set category = r.category, subcategory = r.subcategory from report r where r.id = c.report_id;
alter table case_file alter column category set not null;
alter table case_file alter column subcategory set not null;
