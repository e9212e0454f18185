-- The change feed (V77) for the tables a submission now reads from memory: the heads' terms and the staff list
-- (directory/UnitTree: the holding body of a report naming a head) and the deadline policies (casework/PolicyBook).
create trigger unit_head_changed after insert or update or delete or truncate on unit_head
    for each statement execute function qingfeng_notify_change();
create trigger staff_changed after insert or update or delete or truncate on staff
    for each statement execute function qingfeng_notify_change();
create trigger deadline_policy_changed after insert or update or delete or truncate on deadline_policy
    for each statement execute function qingfeng_notify_change();
