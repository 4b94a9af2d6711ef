-- Agent console (issue 7): canned responses editors keep for agents, internal notes agents write on a conversation
-- (never shown to the customer), and when a waiting customer was last told their place (timed updates).
-- Portable SQL: runs on H2 and PostgreSQL.
create table canned_response (
    id          uuid          not null primary key,
    title       varchar(80)   not null,
    text        varchar(2000) not null,
    updated_by  varchar(40)   not null,
    updated_at  timestamp(6) with time zone not null
);

create unique index ux_canned_response_title on canned_response (title);

create table handoff_note (
    id               uuid          not null primary key,
    conversation_id  uuid          not null references conversation (id),
    handoff_id       uuid          not null references handoff (id),
    author           varchar(40)   not null,
    author_name      varchar(80)   not null,
    text             varchar(2000) not null,
    created_at       timestamp(6) with time zone not null
);

create index ix_handoff_note_conversation on handoff_note (conversation_id, created_at);

alter table handoff add column notified_at timestamp(6) with time zone;

-- A starter set, written for this project (Apache-2.0); editors change or delete them in the console.
insert into canned_response (id, title, text, updated_by, updated_at) values
    ('5d0c7a52-6a0e-4a8e-9a43-0c1f6f3d2a01', 'Greeting',
     'Hello, thanks for waiting. I''m looking at your conversation with Nora now, so there''s no need to repeat anything.',
     'system', timestamp with time zone '2026-11-23 00:00:00+00:00'),
    ('5d0c7a52-6a0e-4a8e-9a43-0c1f6f3d2a02', 'Checking with the warehouse',
     'I''m checking this with our warehouse team. It may take a few minutes; please stay in the chat.',
     'system', timestamp with time zone '2026-11-23 00:00:00+00:00'),
    ('5d0c7a52-6a0e-4a8e-9a43-0c1f6f3d2a03', 'Where the refund goes',
     'Refunds always go back to the payment method you used for the order; we can''t move a refund to a different card or bank account.',
     'system', timestamp with time zone '2026-11-23 00:00:00+00:00'),
    ('5d0c7a52-6a0e-4a8e-9a43-0c1f6f3d2a04', 'Anything else',
     'Is there anything else I can help you with today?',
     'system', timestamp with time zone '2026-11-23 00:00:00+00:00');
