package org.parity.identity.application;

import org.parity.identity.domain.Profile;

/** What a person types on the registration form. */
public record RegistrationRequest(String email, String password, Profile profile) {}
