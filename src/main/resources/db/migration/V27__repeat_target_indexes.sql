-- The repeat-target counts (desk/RepeatTargets) of every queue page, measured at 1,000,000 reports
-- (bench/load/README.md):
-- 1. A report named by person matches on unit + name within a year. Without an index for that, the name branch
--    of the match read every report of the unit in the two-year window (report_unit_idx), for each of the 50 rows
--    of a page, even when the report names a badge and no name.
create index report_accused_name_idx on report (unit_id, accused_name, received_at) where accused_name is not null;
-- 2. The same-unit and same-window counts exclude the report itself (o.id <> r.id): with the id in the index they
--    are index-only scans instead of a heap visit for every report of the unit (or window) in the window of days.
drop index report_unit_idx;
create index report_unit_idx on report (unit_id, received_at) include (id);
drop index report_window_received_idx;
create index report_window_received_idx on report (window_id, received_at) include (id) where window_id is not null;
