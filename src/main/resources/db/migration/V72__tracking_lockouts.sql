-- Lock-outs from tracking and suspected guessing of a query password go to the security log. Every earlier kind stays.
alter table security_event drop constraint security_event_kind_check;
alter table security_event add constraint security_event_kind_check check (kind in ('IDENTITY_REVEALED',
    'ADMIN_CHANGE', 'SIGN_IN', 'SIGN_IN_FAILED', 'RATE_LIMITED', 'SESSION_TIMED_OUT', 'PASSWORD_RESET',
    'TRACKING_LOCKED', 'GUESSING_SUSPECTED'));
