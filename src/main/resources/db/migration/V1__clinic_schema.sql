-- Sorriso's data model. Every rule that must never be broken lives here as a constraint, so that it holds for every
-- writer (the UI, the API, several app instances at once), not only for the code paths that remember to check.
-- Editable records carry a version (optimistic locking) and who created and last changed them, and when.

create extension if not exists btree_gist;
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change), so it cannot back an index. Pinning the dictionary makes
-- the wrapper safe to declare IMMUTABLE, which lets "joao" find "João" through a trigram index.
create or replace function clinic_search_text(value text) returns text
    language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

create table user_account (
    id             bigint generated always as identity primary key,
    name           varchar(150) not null,
    email          varchar(254) not null,
    password_hash  varchar(255) not null,
    role           varchar(20)  not null check (role in ('ADMIN', 'DENTIST', 'RECEPTION', 'PATIENT')),
    enabled        boolean      not null default true,
    last_login_at  timestamptz,
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version        bigint       not null default 0,
    constraint user_account_email_format check (email like '%_@_%')
);
create unique index user_account_email_key on user_account (lower(email));

create table patient (
    id                      bigint generated always as identity primary key,
    full_name               varchar(150) not null check (length(trim(full_name)) > 0),
    cpf                     varchar(11)     not null check (cpf ~ '^[0-9]{11}$'),
    birth_date              date         not null check (birth_date > date '1900-01-01'),
    sex                     varchar(10)  check (sex in ('FEMALE', 'MALE', 'OTHER')),
    phone                   varchar(20),
    email                   varchar(254),
    zip_code                varchar(8)      check (zip_code ~ '^[0-9]{8}$'),
    street                  varchar(150),
    address_number          varchar(20),
    complement              varchar(80),
    district                varchar(80),
    city                    varchar(80),
    state                   varchar(2),
    emergency_contact_name  varchar(150),
    emergency_contact_phone varchar(20),
    allergies               varchar(1000),
    conditions              varchar(1000),
    medications             varchar(1000),
    notes                   varchar(4000),
    consent_at              timestamptz,
    consent_version         varchar(20),
    active                  boolean      not null default true,
    user_account_id         bigint       unique references user_account (id) on delete set null,
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version                 bigint       not null default 0,
    constraint patient_cpf_key unique (cpf),
    constraint patient_consent_complete check ((consent_at is null) = (consent_version is null))
);
create index patient_name_search_idx on patient using gin (clinic_search_text(full_name) gin_trgm_ops);
create index patient_phone_search_idx on patient using gin (phone gin_trgm_ops);
create index patient_email_idx on patient (lower(email));
create index patient_active_name_idx on patient (active, full_name);

create table professional (
    id              bigint generated always as identity primary key,
    name            varchar(150) not null check (length(trim(name)) > 0),
    cro_state       varchar(2)      not null check (cro_state in ('AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO',
                                     'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO',
                                     'RR', 'SC', 'SP', 'SE', 'TO')),
    cro_number      varchar(10)  not null check (cro_number ~ '^[0-9]{1,10}$'),
    specialty       varchar(40)  not null check (specialty in ('GENERAL_PRACTICE', 'ORTHODONTICS', 'ENDODONTICS',
                                     'PERIODONTICS', 'IMPLANT_DENTISTRY', 'PEDIATRIC_DENTISTRY', 'PROSTHODONTICS',
                                     'ORAL_MAXILLOFACIAL_SURGERY', 'RESTORATIVE_DENTISTRY', 'DENTAL_RADIOLOGY',
                                     'ORAL_MEDICINE', 'ORAL_PATHOLOGY', 'MAXILLOFACIAL_PROSTHETICS',
                                     'FUNCTIONAL_JAW_ORTHOPEDICS', 'OROFACIAL_PAIN', 'OROFACIAL_HARMONIZATION',
                                     'SPECIAL_NEEDS_DENTISTRY', 'GERIATRIC_DENTISTRY', 'HOSPITAL_DENTISTRY',
                                     'SPORTS_DENTISTRY', 'FORENSIC_DENTISTRY', 'OCCUPATIONAL_DENTISTRY',
                                     'PUBLIC_HEALTH_DENTISTRY', 'ACUPUNCTURE', 'HOMEOPATHY')),
    color           varchar(7)      not null default '#0f766e' check (color ~ '^#[0-9a-fA-F]{6}$'),
    active          boolean      not null default true,
    email           varchar(254),
    phone           varchar(20),
    user_account_id bigint       unique references user_account (id) on delete set null,
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version         bigint       not null default 0,
    constraint professional_cro_key unique (cro_state, cro_number)
);
create index professional_name_search_idx on professional using gin (clinic_search_text(name) gin_trgm_ops);

-- Several intervals a day are normal (morning and afternoon); overlapping ones would make availability ambiguous.
create table working_hours (
    id              bigint generated always as identity primary key,
    professional_id bigint   not null references professional (id) on delete cascade,
    day_of_week     smallint not null check (day_of_week between 1 and 7),
    start_time      time     not null,
    end_time        time     not null,
    constraint working_hours_order check (end_time > start_time),
    constraint working_hours_no_overlap exclude using gist (
        professional_id with =, day_of_week with =,
        int4range((extract(epoch from start_time) / 60)::int, (extract(epoch from end_time) / 60)::int) with &&)
);

create table time_off (
    id              bigint generated always as identity primary key,
    professional_id bigint       not null references professional (id) on delete cascade,
    starts_at       timestamptz  not null,
    ends_at         timestamptz  not null,
    reason          varchar(200) not null,
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version         bigint       not null default 0,
    constraint time_off_order check (ends_at > starts_at)
);
create index time_off_professional_idx on time_off (professional_id, starts_at);

create table appointment (
    id                   bigint generated always as identity primary key,
    patient_id           bigint       not null references patient (id),
    professional_id      bigint       not null references professional (id),
    starts_at            timestamptz  not null,
    ends_at              timestamptz  not null,
    status               varchar(20)  not null check (status in ('REQUESTED', 'SCHEDULED', 'CONFIRMED',
                                          'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    notes                varchar(2000),
    cancel_reason        varchar(500),
    booked_by            bigint       references user_account (id) on delete set null,
    confirmation_sent_at timestamptz,
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version              bigint       not null default 0,
    constraint appointment_order check (ends_at > starts_at),
    constraint appointment_sane_length check (ends_at - starts_at <= interval '12 hours'),
    constraint appointment_cancel_reason check (status <> 'CANCELLED' or cancel_reason is not null),
    -- The guarantee behind "no double booking": two live appointments of one professional, or of one patient, never
    -- overlap, even when two receptionists (or two app instances) book the same minute. A cancelled appointment or a
    -- missed one (no-show) frees its time; a request from a patient holds it until it is answered.
    constraint appointment_professional_no_overlap exclude using gist (
        professional_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
        where (status not in ('CANCELLED', 'NO_SHOW')),
    constraint appointment_patient_no_overlap exclude using gist (
        patient_id with =, tstzrange(starts_at, ends_at, '[)') with &&)
        where (status not in ('CANCELLED', 'NO_SHOW'))
);
create index appointment_starts_at_idx on appointment (starts_at);
create index appointment_professional_starts_idx on appointment (professional_id, starts_at);
create index appointment_patient_starts_idx on appointment (patient_id, starts_at);
create index appointment_status_starts_idx on appointment (status, starts_at);

create table treatment_plan (
    id              bigint generated always as identity primary key,
    patient_id      bigint       not null references patient (id),
    professional_id bigint       not null references professional (id),
    name            varchar(150) not null check (length(trim(name)) > 0),
    description     varchar(2000),
    status          varchar(20)  not null check (status in ('DRAFT', 'PROPOSED', 'APPROVED', 'IN_PROGRESS',
                                     'COMPLETED', 'CANCELLED')),
    approved_at     timestamptz,
    completed_at    timestamptz,
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version         bigint       not null default 0
);
create index treatment_plan_patient_idx on treatment_plan (patient_id, created_at desc);
create index treatment_plan_professional_idx on treatment_plan (professional_id, status);

create table treatment_step (
    id           bigint generated always as identity primary key,
    plan_id      bigint        not null references treatment_plan (id) on delete cascade,
    position     int           not null check (position >= 0),
    description  varchar(300)  not null check (length(trim(description)) > 0),
    -- FDI two-digit notation: quadrants 1-4 hold permanent teeth 1-8, quadrants 5-8 primary teeth 1-5.
    tooth        integer       check ((tooth / 10 between 1 and 4 and tooth % 10 between 1 and 8)
                                   or (tooth / 10 between 5 and 8 and tooth % 10 between 1 and 5)),
    surfaces     varchar(7)    check (surfaces ~ '^[MODVLIP]{1,7}$'),
    planned_date date,
    cost         numeric(12, 2) not null default 0 check (cost >= 0),
    done         boolean       not null default false,
    done_at      timestamptz,
    done_by      bigint        references user_account (id) on delete set null,
    notes        varchar(2000),
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version      bigint        not null default 0,
    constraint treatment_step_done_when check (done = (done_at is not null)),
    -- Deferred so that a reorder can swap positions inside one transaction.
    constraint treatment_step_position_key unique (plan_id, position) deferrable initially deferred
);

create table payment (
    id                bigint generated always as identity primary key,
    patient_id        bigint        not null references patient (id),
    plan_id           bigint        references treatment_plan (id) on delete set null,
    description       varchar(200)  not null,
    amount            numeric(12, 2) not null check (amount > 0),
    due_date          date          not null,
    paid_at           timestamptz,
    method            varchar(20)   check (method in ('PIX', 'CREDIT_CARD', 'DEBIT_CARD', 'CASH', 'BOLETO',
                                      'INSURANCE')),
    status            varchar(20)   not null check (status in ('PENDING', 'PAID', 'CANCELLED', 'REFUNDED')),
    installment       integer       check (installment >= 1),
    installment_count integer       check (installment_count >= 1),
    cancel_reason     varchar(500),
    created_at     timestamptz  not null default now(),
    created_by     bigint       references user_account (id) on delete set null,
    updated_at     timestamptz  not null default now(),
    updated_by     bigint       references user_account (id) on delete set null,
    version           bigint        not null default 0,
    -- A payment that was received (even if later refunded) says when and how; one that was not, says neither.
    constraint payment_paid_fields check (
        (status in ('PAID', 'REFUNDED') and paid_at is not null and method is not null)
        or (status in ('PENDING', 'CANCELLED') and paid_at is null)),
    constraint payment_cancel_reason check (status <> 'CANCELLED' or cancel_reason is not null),
    constraint payment_installment_range check (installment is null or installment <= installment_count)
);
create index payment_patient_idx on payment (patient_id, due_date);
create index payment_status_due_idx on payment (status, due_date);
create index payment_paid_at_idx on payment (paid_at) where status = 'PAID';

create table file_upload (
    id                bigint generated always as identity primary key,
    patient_id        bigint        not null references patient (id),
    treatment_step_id bigint        references treatment_step (id) on delete set null,
    original_filename varchar(255)  not null,
    storage_key       varchar(100)  not null unique,
    content_type      varchar(100)  not null,
    size_bytes        bigint        not null check (size_bytes > 0),
    sha256            varchar(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    description       varchar(300),
    uploaded_by       bigint        references user_account (id) on delete set null,
    uploaded_at       timestamptz   not null default now()
);
create index file_upload_patient_idx on file_upload (patient_id, uploaded_at desc);
create index file_upload_step_idx on file_upload (treatment_step_id) where treatment_step_id is not null;

-- LGPD asks who saw and changed a patient's record; rows are only ever added, never edited.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz  not null default now(),
    actor_id    bigint       references user_account (id) on delete set null,
    actor_email varchar(254),
    action      varchar(60)  not null,
    patient_id  bigint       references patient (id) on delete set null,
    detail      varchar(1000)
);
create index audit_event_patient_idx on audit_event (patient_id, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
