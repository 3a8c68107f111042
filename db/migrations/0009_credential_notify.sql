-- Announces every change that can end a credential, so each app instance forgets what it had
-- cached before it serves another request (server/auth/credential-cache.ts). A session change
-- names the session; any other change makes instances forget all cached keys and sessions.
-- NOTIFY reaches every listening instance after the commit; the NOTICE reaches the writer's own
-- connection while the statement runs, so the instance that revokes forgets before it answers.
CREATE OR REPLACE FUNCTION xentree_notify_credentials() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  what text := TG_TABLE_NAME;
BEGIN
  IF TG_TABLE_NAME = 'auth_sessions' AND TG_LEVEL = 'ROW' THEN
    what := 'session:' || OLD.id::text;
  END IF;
  PERFORM pg_notify('xentree_credentials', what);
  RAISE NOTICE 'xentree_credentials %', what;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER api_keys_notify_credentials
  AFTER UPDATE OF is_active, expires_at, permissions, allowed_ips, rate_limit_per_minute, key_hash, user_id, organization_id OR DELETE OR TRUNCATE
  ON api_keys FOR EACH STATEMENT EXECUTE FUNCTION xentree_notify_credentials();
--> statement-breakpoint
CREATE TRIGGER memberships_notify_credentials
  AFTER UPDATE OF role, user_id, organization_id OR DELETE OR TRUNCATE
  ON memberships FOR EACH STATEMENT EXECUTE FUNCTION xentree_notify_credentials();
--> statement-breakpoint
CREATE TRIGGER auth_sessions_notify_credentials
  AFTER UPDATE OF revoked_at, expires_at, user_id OR DELETE
  ON auth_sessions FOR EACH ROW EXECUTE FUNCTION xentree_notify_credentials();
--> statement-breakpoint
CREATE TRIGGER auth_sessions_truncate_notify_credentials
  AFTER TRUNCATE
  ON auth_sessions FOR EACH STATEMENT EXECUTE FUNCTION xentree_notify_credentials();
