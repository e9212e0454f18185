-- A unit has one head at a time (rule 9 holds the head *at the time of the conduct* accountable, so two heads on
-- one day would make that answer ambiguous): no two terms of a unit may overlap. The admin pages refuse an
-- overlap with a message first; this is the backstop. Checked at commit, so ending the current term and adding
-- the next one may happen in either order within one transaction. A range over the unit id lets a plain GiST
-- index compare it with "=" without the btree_gist extension.
alter table unit_head add constraint unit_head_no_overlap exclude using gist (
    int8range(unit_id, unit_id, '[]') with =,
    daterange(start_date, end_date, '[]') with &&
) deferrable initially deferred;
