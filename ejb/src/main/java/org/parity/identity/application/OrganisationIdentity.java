package org.parity.identity.application;

/**
 * Who an organisation's OpenID provider says is signing in, taken from an ID token whose signature,
 * issuer, audience, expiry and nonce have already been checked.
 *
 * @param issuer the provider, as its ID tokens name it
 * @param subject the provider's own lasting identifier for the person
 * @param email the address the provider holds, if it shares one
 * @param emailVerified whether the provider says it has confirmed that address
 * @param name the person's name there, if given
 */
public record OrganisationIdentity(
    String issuer, String subject, String email, boolean emailVerified, String name) {}
