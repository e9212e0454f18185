-- 12345 work orders: a report that reached us as a work order of the city's 12345 hotline keeps the work order's
-- number (工单编号), given by the hotline system through the API or typed by an inspector registering it; both sides
-- find the report by it (the API looks it up, the inspector's queue searches it). Not personal data.
alter table report add column work_order_no varchar(40);
create index report_work_order_idx on report (work_order_no) where work_order_no is not null;
