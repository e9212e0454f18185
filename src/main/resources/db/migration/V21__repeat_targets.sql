-- The repeat-target alert looks for other reports naming the same staff member, window or unit around a report's
-- receipt: indexes that keep that a lookup per report, not a scan.
create index report_accused_badge_idx on report (upper(accused_badge), received_at) where accused_badge is not null;
create index report_window_received_idx on report (window_id, received_at) where window_id is not null;
