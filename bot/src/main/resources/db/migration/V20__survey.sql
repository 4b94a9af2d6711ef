-- Satisfaction surveys (issue 9): one per conversation phase, offered at the end of a bot-only conversation
-- (phase BOT) and after each hand-over an agent resolves (phase AGENT). Stored with what the phase involved: the
-- agent, the article last answered with and the conversation's intent. Portable SQL: runs on H2 and PostgreSQL.
create table survey (
    id               uuid          not null primary key,
    conversation_id  uuid          not null references conversation (id),
    phase            varchar(8)    not null,
    -- 'BOT', or 'AGENT:' and the hand-over id: at most one survey per phase of a conversation.
    phase_key        varchar(48)   not null,
    handoff_id       uuid,
    agent_username   varchar(40),
    agent_name       varchar(80),
    article_id       varchar(80),
    intent           varchar(64),
    status           varchar(16)   not null,
    rating           integer,
    comment          varchar(2000),
    offered_at       timestamp(6) with time zone not null,
    answered_at      timestamp(6) with time zone,
    constraint uk_survey_phase unique (conversation_id, phase_key),
    constraint ck_survey_rating check (rating is null or (rating between 1 and 5))
);

create index ix_survey_agent on survey (agent_username, offered_at);
create index ix_conversation_created on conversation (created_at);
