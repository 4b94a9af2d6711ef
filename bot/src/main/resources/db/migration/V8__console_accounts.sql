-- Agent, editor and admin accounts of the console (handoff-console): BCrypt password hashes only, roles as a
-- comma-separated list of AGENT, EDITOR, ADMIN. Portable SQL: runs on H2 and PostgreSQL.
create table console_account (
    username       varchar(40)  not null primary key,
    display_name   varchar(80)  not null,
    password_hash  varchar(100) not null,
    roles          varchar(60)  not null,
    enabled        boolean      not null,
    created_at     timestamp(6) with time zone not null
);
