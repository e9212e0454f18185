-- Issue 12 (and 17): revealing a reporter needs a reason AND the approval of a second person with the director
-- role (分管领导), given in the portal; the look is for that case and that inspector and expires. Emergency access
-- (a threat to the reporter's safety …) opens at once with a category and a longer reason, and waits for the
-- director's review. identity_reveal stays the sealed record of each look actually granted (its rows are in the
-- audit chain and never change); this table holds the requests and decisions.
create table reveal_request (
    id            bigint generated always as identity primary key,
    created_at    timestamp with time zone not null default now(),
    case_id       bigint        not null references case_file (id),
    inspector     varchar(100)  not null,
    reason        varchar(500)  not null,
    emergency     varchar(30)   check (emergency in ('SAFETY_THREAT', 'ONGOING_HARM', 'LOSS_OF_EVIDENCE')),
    requested_at  timestamp with time zone not null,
    decision      varchar(10)   check (decision in ('APPROVED', 'REFUSED')),
    decided_by    varchar(100),
    decided_at    timestamp with time zone,
    decision_note varchar(500),
    expires_at    timestamp with time zone,
    reviewed_by   varchar(100),
    reviewed_at   timestamp with time zone,
    -- the second person is never the one who asked
    check (decided_by is null or decided_by <> inspector),
    check (reviewed_by is null or reviewed_by <> inspector),
    check (emergency is null or decision is null)
);
create index reveal_request_case_idx on reveal_request (case_id, inspector);
create index reveal_request_open_idx on reveal_request (id)
    where (decision is null and emergency is null) or (emergency is not null and reviewed_at is null);

alter table security_event drop constraint security_event_kind_check;
alter table security_event add constraint security_event_kind_check check (kind in ('IDENTITY_REVEALED',
    'ADMIN_CHANGE', 'SIGN_IN', 'SIGN_IN_FAILED', 'RATE_LIMITED', 'SESSION_TIMED_OUT', 'PASSWORD_RESET',
    'TRACKING_LOCKED', 'GUESSING_SUSPECTED', 'REVEAL_REQUESTED', 'REVEAL_REFUSED', 'EMERGENCY_REVEAL'));
