-- 告知 and 反馈 as steps that are recorded (纪检监察机关处理检举控告工作规则 arts. 21-22): the acceptance notice and
-- the result feedback are met when the reporter was told, by a text or mail that was delivered or by an inspector's
-- call, letter or visit, never merely by the case changing state.
create table reporter_notice (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references case_file (id),
    stage        varchar(30)  not null check (stage in ('ACCEPTANCE_NOTICE', 'RESULT_NOTICE')),
    method       varchar(10)  not null check (method in ('SMS', 'MAIL', 'CALL', 'LETTER', 'VISIT')),
    told_at      timestamptz  not null,
    -- what was said (a call, a visit) or sent (the notice's template); sealed: it may quote the reporter
    said_enc     text,
    response_enc text,
    -- the staff member who recorded a call, letter or visit; null for a delivery read back from a gateway
    recorded_by  varchar(100),
    created_at   timestamptz  not null default now()
);
create index reporter_notice_case_idx on reporter_notice (case_id);

-- 请电话告知: a notice that could not be delivered becomes a task on the inspectors' queue until someone tells the
-- reporter another way.
create table notice_task (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references case_file (id),
    stage       varchar(30)  not null,
    channel     varchar(10)  not null,
    reason      varchar(200),
    created_at  timestamptz  not null,
    done_at     timestamptz
);
create unique index notice_task_open_idx on notice_task (case_id, stage) where done_at is null;

-- what the inspector wrote *for the reporter* (reasons for a refusal or transfer, the feedback), apart from the staff
-- note; shown on the public timeline and sent in the notice
alter table case_event add column reporter_note_enc text;
