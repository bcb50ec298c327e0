package org.parity.identity.web;

import jakarta.security.enterprise.credential.Credential;
import org.parity.identity.application.OrganisationIdentity;

/**
 * Who the organisation's provider vouched for, in an ID token already checked: made only by {@link
 * OrganisationSignIn}, never from anything a browser sends.
 */
record OrganisationCredential(OrganisationIdentity identity) implements Credential {}
