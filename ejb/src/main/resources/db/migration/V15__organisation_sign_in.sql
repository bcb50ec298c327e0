-- Sign-in with an organisation's OpenID provider: the account a provider's person is linked to, by
-- the provider's issuer and its subject for them (stable, unlike an e-mail address).
ALTER TABLE account ADD COLUMN oidc_issuer VARCHAR(255);
ALTER TABLE account ADD COLUMN oidc_subject VARCHAR(255);
ALTER TABLE account ADD COLUMN oidc_linked_at DATETIME(6);
CREATE UNIQUE INDEX uq_account_oidc ON account (oidc_issuer, oidc_subject);
