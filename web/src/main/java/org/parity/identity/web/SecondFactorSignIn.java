package org.parity.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.parity.identity.application.SignInResult;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** /login/code: the second step of signing in, after a right password. */
@Named
@RequestScoped
public class SecondFactorSignIn {

  @Inject SecurityContext securityContext;
  @Inject SignInAttempt attempt;
  @Inject PageMessages messages;
  @Inject Clock clock;

  private String code;

  /** Without a password just checked, there is nothing to add a code to: back to sign in. */
  public void check() {
    if (pending().isEmpty()) {
      PageAddress.redirect("/login");
    }
  }

  public void submit() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    Optional<PendingSignIn> pending = pending();
    if (pending.isEmpty()) {
      PageAddress.redirect("/login");
      return;
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            withParams().credential(new SecondFactorCode(code)).newAuthentication(true));
    code = null;
    if (status == AuthenticationStatus.SUCCESS) {
      SignIn.begun(request, pending.get().keepSignedIn());
      SignIn.landAfterSignIn(request, attempt.result(), messages);
      return;
    }
    SignInResult result = attempt.result();
    if (result != null && result.outcome() == SignInResult.Outcome.PAUSED) {
      messages.fieldError("second:code", "login.paused", SignIn.TIME.format(result.pausedUntil()));
    } else {
      messages.fieldError("second:code", "secondFactor.codeWrong");
    }
  }

  private Optional<PendingSignIn> pending() {
    return PendingSignIn.of(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
        clock.instant());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
