-- A session remembers the generation it began in; raising an account's generation (new password,
-- disabled, a role or organisation taken away, "sign out everywhere") ends all its sessions.
ALTER TABLE account ADD session_generation INT DEFAULT 0 NOT NULL;
