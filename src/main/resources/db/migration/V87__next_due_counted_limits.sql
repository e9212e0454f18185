-- The queue's next limit (case_file.next_due) counts only the limits somebody must meet (DeadlineStage.counted,
-- case_limit.counted): the reporter's objection window is left out, so a concluded case whose reporter did not object
-- no longer shows as overdue a month after its conclusion (seen with a year of cases, issue 17).
update case_file c
set next_due = (select min(d.due_on) from case_deadline d
                where d.case_id = c.id and d.closed_at is null and d.stage <> 'OBJECTION');
