package org.parity.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.parity.identity.application.RegistrationService;
import org.parity.identity.application.SignInResult;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/** The /login page. */
@Named
@RequestScoped
public class SignIn {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/London"));

  @Inject SecurityContext securityContext;
  @Inject SignInAttempt attempt;
  @Inject RegistrationService registration;
  @Inject PageMessages messages;

  private String email;
  private String password;
  private boolean keepSignedIn;

  public void submit() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .rememberMe(keepSignedIn)
                .newAuthentication(true));
    SignInResult result = attempt.result();
    if (status == AuthenticationStatus.SUCCESS) {
      signedIn(request);
    } else if (result != null && result.outcome() == SignInResult.Outcome.SECOND_FACTOR_NEEDED) {
      secondFactorNext(request);
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      refused();
    }
  }

  private void signedIn(HttpServletRequest request) {
    begun(request, keepSignedIn);
    landAfterSignIn(request, attempt.result(), messages);
  }

  /** Where a completed sign-in lands: the new-password page first when one is due. */
  static void landAfterSignIn(
      HttpServletRequest request, SignInResult result, PageMessages messages) {
    if (result != null && result.mustChangePassword()) {
      messages.info("login.mustChange");
      messages.keepForNextPage();
      PageAddress.redirect("/me/password");
    } else {
      PageAddress.redirect(nextPage(request.getParameter("next")));
    }
  }

  /** A new session id at sign-in defeats session fixation; "keep me signed in" stretches it. */
  static void begun(HttpServletRequest request, boolean keep) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
      if (keep) {
        request.getSession().setMaxInactiveInterval(SignedInSession.KEPT_IDLE_SECONDS);
      }
    }
  }

  /** The password was right; the code comes next, on its own page. */
  private static void secondFactorNext(HttpServletRequest request) {
    String next = request.getParameter("next");
    PageAddress.redirect(
        "/login/code"
            + (next == null
                ? ""
                : "?next="
                    + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)));
  }

  /** Back to the page that asked for sign-in: only a path on this site, never another site. */
  static String nextPage(String next) {
    boolean local =
        next != null
            && next.startsWith("/")
            && !next.startsWith("//")
            && !next.startsWith("/\\")
            && next.chars().noneMatch(c -> c < 0x20);
    return local ? next : "/me";
  }

  private void refused() {
    SignInResult result = attempt.result();
    SignInResult.Outcome outcome =
        result == null ? SignInResult.Outcome.INVALID_CREDENTIALS : result.outcome();
    switch (outcome) {
      case PAUSED -> messages.error("login.paused", TIME.format(result.pausedUntil()));
      case EMAIL_NOT_VERIFIED -> {
        registration.resendVerification(email, PageAddress.base());
        messages.error("login.notVerified");
      }
      case DISABLED -> messages.error("login.disabled");
      default -> messages.error("login.failed");
    }
    password = null;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isKeepSignedIn() {
    return keepSignedIn;
  }

  public void setKeepSignedIn(boolean keepSignedIn) {
    this.keepSignedIn = keepSignedIn;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
