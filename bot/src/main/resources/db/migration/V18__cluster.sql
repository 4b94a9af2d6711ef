-- Running instances of the application (heartbeats) and agent presence shared by all of them.
create table app_instance (
    id          uuid         not null primary key,
    started_at  timestamp(6) with time zone not null,
    seen_at     timestamp(6) with time zone not null
);

create table agent_presence (
    username      varchar(64)  not null primary key,
    display_name  varchar(128) not null,
    presence      varchar(16)  not null,
    instance_id   uuid         not null,
    updated_at    timestamp(6) with time zone not null
);
