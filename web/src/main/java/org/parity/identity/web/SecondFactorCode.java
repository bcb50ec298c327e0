package org.parity.identity.web;

import jakarta.security.enterprise.credential.Credential;

/** The second step of signing in: a code from an authenticator app, or a recovery code. */
record SecondFactorCode(String code) implements Credential {}
