-- The staff who sign in, as others read them: the name the identity provider gives (or an administrator
-- sets) and the roles of their last sign-in, so a timeline says "示例检查员甲（纪检监察）" instead of a login id.
-- Roles are the identity provider's; this table only remembers them for display.
create table staff_account (
    id bigint generated always as identity primary key,
    created_at timestamp with time zone not null default now(),
    user_name varchar(100) not null unique,
    display_name varchar(100),
    roles varchar(200) not null default '',
    unit_id bigint references unit (id),
    last_sign_in_at timestamp with time zone
);
