-- A unit's duty mobile (值班手机), optional: chases (催办, 督办) go there by text as well as to the unit's mailbox.
alter table unit add column duty_phone varchar(20);
