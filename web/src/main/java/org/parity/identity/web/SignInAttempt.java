package org.parity.identity.web;

import jakarta.enterprise.context.RequestScoped;
import org.parity.identity.application.SignInResult;

/** How this request's sign-in ended, so the login page can say why it failed. */
@RequestScoped
public class SignInAttempt {

  private SignInResult result;

  void record(SignInResult result) {
    this.result = result;
  }

  SignInResult result() {
    return result;
  }
}
