-- Free texts on a case are sealed like the narrative: the notes of the timeline (a reporter's objection, and the
-- staff's reasons and findings, which quote or sum up the report) and the notes of follow-ups (what the reporter said
-- when called back). The columns take the _enc name that key rotation looks for. Existing texts are listed here and
-- sealed by the application at start (casework.TextSealing): the key is not available to SQL. The timeline is in the
-- audit chain: the application checks the old chain and seals it again as it goes.
alter table case_event rename column note to note_enc;
alter table case_event alter column note_enc type text;
alter table follow_up rename column note to note_enc;
alter table follow_up alter column note_enc type text;

create table casework_plain_text (
    tbl varchar(20) not null,
    id  bigint      not null,
    primary key (tbl, id)
);
insert into casework_plain_text (tbl, id) select 'case_event', id from case_event where note_enc is not null;
insert into casework_plain_text (tbl, id) select 'follow_up', id from follow_up where note_enc is not null;
