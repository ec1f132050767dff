-- A refund gives money back for a payment that was received: the record keeps when it was paid and how, and now also
-- when it was refunded and why. Both are required of a refunded payment and absent from any other.
alter table payment add column refunded_at timestamptz;
alter table payment add column refund_reason varchar(500);
alter table payment add constraint payment_refund_fields check (
    (status = 'REFUNDED') = (refunded_at is not null and refund_reason is not null));

-- An instalment always says which one of how many.
alter table payment add constraint payment_installment_pair check ((installment is null) = (installment_count is null));

-- The global payments list filters a period of due dates and sorts by due date, newest first, page by page.
create index payment_due_date_idx on payment (due_date, id);
