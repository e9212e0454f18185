-- A reporter who proved the phone on file set a new query password: the security log records it (never the number).
alter table security_event drop constraint security_event_kind_check;
alter table security_event add constraint security_event_kind_check check (kind in ('IDENTITY_REVEALED',
    'ADMIN_CHANGE', 'SIGN_IN', 'SIGN_IN_FAILED', 'RATE_LIMITED', 'SESSION_TIMED_OUT', 'PASSWORD_RESET'));
