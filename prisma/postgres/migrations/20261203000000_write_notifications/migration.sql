-- Every statement that writes a table of this schema sends a notification on the channel
-- "reform_graph_writes", payload the schema's name. PostgreSQL delivers it when the writing
-- transaction commits (never for one rolled back), to every session that LISTENs: each server
-- instance on this database empties its response cache, whichever process wrote (another
-- instance, a CLI import, psql). Identical notifications of one transaction are delivered once.
-- A table added later needs the trigger too: test/server/instances-agree.test.ts checks that every
-- table of the schema has it.

CREATE FUNCTION "reform_graph_notify_write"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('reform_graph_writes', TG_TABLE_SCHEMA);
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  written record;
BEGIN
  FOR written IN
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
  LOOP
    EXECUTE format(
      'CREATE TRIGGER "notify_write" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "reform_graph_notify_write"()',
      written.table_name
    );
  END LOOP;
END;
$$;
