-- Retention: the personal data and evidence of a case closed longer than the retention period are erased; the
-- report row stays (category, unit, dates, outcome) so the ledger and the statistics keep counting it.
alter table report alter column place_enc drop not null,
                   alter column narrative_enc drop not null,
                   alter column reporter_name_enc drop not null,
                   alter column reporter_id_no_enc drop not null,
                   alter column reporter_phone_enc drop not null,
                   alter column reporter_id_no_index drop not null,
                   alter column reporter_phone_index drop not null;
alter table report add column anonymised_at timestamptz;
alter table report add constraint report_personal_data_until_anonymised check (anonymised_at is not null
    or (place_enc is not null and narrative_enc is not null and reporter_name_enc is not null
        and reporter_id_no_enc is not null and reporter_phone_enc is not null
        and reporter_id_no_index is not null and reporter_phone_index is not null));
alter table evidence alter column file_name_enc drop not null;
