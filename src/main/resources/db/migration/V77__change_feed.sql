-- The change feed (shared/cache/ChangeFeed): every committed change to a table that instances keep in memory is
-- announced on the channel qingfeng_changes with the table's name, so every instance drops its copy at once.
-- PostgreSQL delivers a notification only after its transaction commits, and folds duplicates within it.
create function qingfeng_notify_change() returns trigger language plpgsql as $$
begin
    perform pg_notify('qingfeng_changes', tg_table_name);
    return null;
end
$$;

create trigger calendar_year_changed after insert or update or delete or truncate on calendar_year
    for each statement execute function qingfeng_notify_change();
create trigger calendar_day_changed after insert or update or delete or truncate on calendar_day
    for each statement execute function qingfeng_notify_change();
create trigger unit_changed after insert or update or delete or truncate on unit
    for each statement execute function qingfeng_notify_change();
create trigger service_window_changed after insert or update or delete or truncate on service_window
    for each statement execute function qingfeng_notify_change();
