-- Sign-in events copied from the identity provider (Keycloak's failed sign-ins and lock-outs) into the security
-- log: the provider's event id, so that every instance may copy the same events and each is stored once.
alter table security_event add column source_id varchar(100);
create unique index security_event_source_id_idx on security_event (source_id);
