-- The shop customer a conversation belongs to, when the shop page identified them with a signed token.
alter table conversation add column customer_id varchar(64);
