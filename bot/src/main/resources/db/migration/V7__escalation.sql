-- Escalation to a person (issue 7): hand-overs with their queue order and context packet, and messages left for
-- the team while nobody could chat. Portable SQL: runs on H2 and PostgreSQL.
create table handoff (
    id                 uuid           not null primary key,
    conversation_id    uuid           not null references conversation (id),
    status             varchar(16)    not null,
    reasons            varchar(200)   not null,
    vip                boolean        not null,
    distressed         boolean        not null,
    customer_id        varchar(64),
    requested_at       timestamp(6) with time zone not null,
    priority_at        timestamp(6) with time zone not null,
    claimed_at         timestamp(6) with time zone,
    claimed_by         varchar(40),
    claimed_by_name    varchar(80),
    ended_at           timestamp(6) with time zone,
    resolution         varchar(16),
    resolution_note    varchar(1000),
    notified_position  integer,
    summary            varchar(1000)  not null,
    packet             varchar(1000000) not null,
    version            bigint         not null
);

create index ix_handoff_conversation on handoff (conversation_id, status);
create index ix_handoff_queue on handoff (status, priority_at);
create index ix_handoff_agent on handoff (claimed_by, status);

create table offline_ticket (
    id               uuid          not null primary key,
    conversation_id  uuid          not null references conversation (id),
    email            varchar(254)  not null,
    text             varchar(4000) not null,
    status           varchar(16)   not null,
    created_at       timestamp(6) with time zone not null,
    reply_by         timestamp(6) with time zone not null,
    reply            varchar(8000),
    replied_by       varchar(40),
    replied_at       timestamp(6) with time zone,
    closed_at        timestamp(6) with time zone,
    version          bigint        not null
);

create index ix_offline_ticket_status on offline_ticket (status, created_at);
