-- The display name of the agent who wrote a message.
alter table message add column author varchar(80);
