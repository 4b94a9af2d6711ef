-- The e-mail address or postcode that already proved an order in this conversation, so a second order of the same
-- customer needs no second question.
alter table dialogue_state add column proven_identity varchar(320);
