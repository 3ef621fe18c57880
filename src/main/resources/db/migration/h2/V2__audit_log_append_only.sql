-- H2 cannot run PL/pgSQL; the embedded database relies on the application having no update or delete
-- path for audit_entry, and on the hash chain to reveal any change made behind its back.
SELECT 1;
