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

-- The searchable form of the name (lower case, no accents), kept by PostgreSQL itself. Searching a stored column
-- spares unaccent() on every row the planner visits, and gives it real statistics to choose between the trigram
-- index (rare words) and walking the name order (common words).
alter table patient add column search_name text generated always as (clinic_search_text(full_name)) stored;
drop index patient_name_search_idx;
create index patient_search_name_idx on patient using gin (search_name gin_trgm_ops);
