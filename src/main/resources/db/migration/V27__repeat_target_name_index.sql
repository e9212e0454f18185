-- The repeat-target counts (desk/RepeatTargets) match a report named by person on unit + name within a year.
-- Without this index the name branch of that match reads every report of the unit in the two-year window
-- (report_unit_idx), for each of the 50 rows of a queue page, even when the report names a badge and no name:
-- at 1,000,000 reports that is most of the queue page's time (bench/load/README.md).
create index report_accused_name_idx on report (unit_id, accused_name, received_at) where accused_name is not null;
