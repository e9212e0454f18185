-- 不予受理 with coded grounds, and for a matter that belongs elsewhere the proper channel named for the reporter.
-- Refusals recorded before this have no ground (the text the inspector wrote for the reporter stays as it was).
alter table case_event add column rejection_ground varchar(30)
    check (rejection_ground in ('LEGAL_PROCEEDINGS', 'OTHER_BODY', 'OUTSIDE_REMIT', 'NO_SUBSTANCE', 'DUPLICATE'));
alter table case_event add column proper_channel varchar(200);
alter table case_event add constraint case_event_ground_only_on_refusal
    check (rejection_ground is null or action = 'REJECTED');
