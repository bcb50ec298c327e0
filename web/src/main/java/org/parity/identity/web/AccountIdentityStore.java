package org.parity.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.parity.identity.application.SignInResult;
import org.parity.identity.application.SignInService;

/**
 * Jakarta Security's view of Parity's accounts: delegates every decision to {@link SignInService}.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject SignInService signIn;
  @Inject SignInAttempt attempt;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    SignInResult result = signIn.attempt(login.getCaller(), login.getPasswordAsString());
    attempt.record(result);
    return result.outcome() == SignInResult.Outcome.SUCCESS
        ? new CredentialValidationResult(result.callerName(), result.roles())
        : CredentialValidationResult.INVALID_RESULT;
  }
}
