-- Questions about a patient that span other modules' tables, answered where the data is. The patients module asks
-- them in its searches and its delete rule without depending on scheduling, treatments, billing or files.

-- A live appointment still ahead: the desk's "has an upcoming appointment" filter.
create or replace function patient_has_upcoming_appointment(patient bigint) returns boolean
    language sql stable parallel safe
    as $$
        select exists (select 1 from appointment a
                       where a.patient_id = patient and a.starts_at > now()
                         and a.status not in ('CANCELLED', 'NO_SHOW', 'COMPLETED'))
    $$;

-- Any clinical or financial trace: such a record may only be deactivated, never deleted (clinical records are kept).
create or replace function patient_has_history(patient bigint) returns boolean
    language sql stable parallel safe
    as $$
        select exists (select 1 from appointment where patient_id = patient)
            or exists (select 1 from treatment_plan where patient_id = patient)
            or exists (select 1 from payment where patient_id = patient)
            or exists (select 1 from file_upload where patient_id = patient)
    $$;

-- CPF prefix searches ("529.982" typed at the desk) use the unique index's btree; phone digits use a trigram index.
create index patient_cpf_prefix_idx on patient (cpf varchar_pattern_ops);
