-- 档案保管: a case whose people were dealt with (a disposition, a head held to account, a false accusation passed on)
-- is not erased when the retention period ends: a sanction's appeal, a review or the archive may need the report, the
-- reporter and the evidence. It is kept, sealed, until this day (the end of the case plus the archive period), then
-- erased like any other.
alter table case_file add column archived_until date;
