-- Issue 12: 承办人 and 回避. A case has at most one named officer, an inspector of the body holding it. Before the
-- officer first reads the case they declare that no ground for 回避 applies (related to the accused, in the accused's
-- unit, a personal interest in the matter); until then the case page shows them the declaration only. Declaring a
-- conflict clears the name, so the case waits to be named again. Each naming and declaration is also on the case's
-- timeline (case_event), and so in its audit chain.
create table case_officer (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null unique references case_file (id),
    user_name    varchar(100)  not null,
    named_by     varchar(100)  not null,
    named_at     timestamptz   not null,
    declared_at  timestamptz,
    created_at   timestamptz   not null default now()
);
