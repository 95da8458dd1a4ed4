-- Recovery Kiosk on PostgreSQL: two roles, and an audit trail the app cannot rewrite.
--
-- kiosk_owner owns the tables and runs schema migrations (start one station with
-- the owner's connection once after installing a new version). Every tablet and
-- nurse station connects as the app role, which may read and write patient data
-- but may only ADD audit events: UPDATE, DELETE and TRUNCATE on audit_event are
-- not granted (and migration 0007's triggers refuse them for every role).
--
-- Run as the owner after the first migration, and again after each upgrade:
--   psql "service=kiosk_owner" -v app_role=kiosk_app -f docs/postgres-roles.sql
-- Create the roles once, as a superuser:
--   CREATE ROLE kiosk_owner LOGIN;   CREATE ROLE kiosk_app LOGIN;
--   CREATE DATABASE kiosk OWNER kiosk_owner;
-- Passwords go in each machine's ~/.pgpass (mode 0600) or a service file, never
-- in a URL on the command line (docs/deployment.md).

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO :"app_role";
-- The schema revision is the owner's to change.
REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM :"app_role";
-- The audit trail is append-only for the app.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM :"app_role";
REVOKE TRUNCATE ON ALL TABLES IN SCHEMA public FROM :"app_role";
