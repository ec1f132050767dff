-- A password an administrator hands out (a new account, a reset) is known to two people; the account's owner must
-- replace it before doing anything else.
alter table user_account add column must_change_password boolean not null default false;
