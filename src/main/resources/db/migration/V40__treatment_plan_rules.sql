-- A treatment plan's dates follow its status, and a step nobody ticked names nobody.

-- Plans written before these rules (started without an approval date) count as approved when they were created.
update treatment_plan set approved_at = created_at
    where status in ('APPROVED', 'IN_PROGRESS', 'COMPLETED') and approved_at is null;
update treatment_plan set completed_at = null where status <> 'COMPLETED';
update treatment_plan set completed_at = updated_at where status = 'COMPLETED' and completed_at is null;
update treatment_step set done_by = null where not done;

-- Work on a plan starts only once the patient approved it, so an approved (or later) plan says when that was.
alter table treatment_plan add constraint treatment_plan_approved_when check (
    status not in ('APPROVED', 'IN_PROGRESS', 'COMPLETED') or approved_at is not null);

-- Completed means finished at a known time; nothing else has a completion time.
alter table treatment_plan add constraint treatment_plan_completed_when check (
    (status = 'COMPLETED') = (completed_at is not null));

-- Unticking a step clears who did it along with when (done_at already follows done).
alter table treatment_step add constraint treatment_step_done_by_when_done check (done or done_by is null);

-- The plans list filters by status and shows the newest first.
create index treatment_plan_status_created_idx on treatment_plan (status, created_at desc);
