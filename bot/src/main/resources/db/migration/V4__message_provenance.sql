-- What produced each bot message (dialogue act, article, intent, retrieval score), what the widget shows with it,
-- and which quick reply a customer pressed.
alter table message add column act varchar(40);
alter table message add column article_id varchar(80);
alter table message add column article_revision integer;
alter table message add column intent varchar(64);
alter table message add column confidence double precision;
alter table message add column retrieval_score double precision;
alter table message add column attachments varchar(8000);
alter table message add column choice_action varchar(32);
alter table message add column choice_value varchar(64);
