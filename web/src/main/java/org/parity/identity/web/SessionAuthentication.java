package org.parity.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.parity.identity.application.OrganisationSignInService;
import org.parity.identity.application.SignInResult;
import org.parity.identity.application.SignInService;
import org.parity.identity.application.SignedInSessions;
import org.parity.platform.api.ApiRequests;
import org.parity.platform.api.CrossSiteRequests;
import org.parity.platform.web.PageAddress;

/**
 * How Parity knows who is asking. The /login page hands the credentials over once; after that a
 * session carries only its {@link SignedInSession}, and each request asks the database whether that
 * session may still act and with which roles, so a disabled account, a new password, a role taken
 * away or "sign out everywhere" counts from the very next request on every device.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

  /** The request attribute with the signed-in person's display name, read with their standing. */
  static final String DISPLAY_NAME = "parity.displayName";

  @Inject IdentityStoreHandler identityStores;
  @Inject SignInAttempt attempt;
  @Inject SignedInSessions sessions;
  @Inject SignInService signIns;
  @Inject OrganisationSignInService organisationSignIns;
  @Inject Clock clock;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential instanceof SecondFactorCode code) {
      return secondStep(request, context, code);
    }
    if (context.isAuthenticationRequest() && credential != null) {
      return signIn(request, context, credential);
    }
    Optional<String> bearer = ApiRequests.bearerToken(request);
    if (bearer.isPresent()) {
      return byToken(request, response, context, bearer.get());
    }
    if (!isStaticResource(request)) {
      Optional<SignedInSession> signedIn = SignedInSession.of(request);
      if (signedIn.isPresent()) {
        Optional<SignedInSessions.Standing> standing = standing(signedIn.get());
        if (standing.isPresent()) {
          return actAs(standing.get(), request, context);
        }
        HttpSession ended = request.getSession(false);
        if (ended != null) {
          ended.invalidate();
        }
      }
    }
    if (context.isProtected()) {
      return context.redirect(loginAddress(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    SignInResult signIn;
    if (credential instanceof OrganisationCredential organisation) {
      signIn = organisationSignIns.signIn(organisation.identity());
      attempt.record(signIn);
    } else {
      // The identity store (AccountIdentityStore) records how the password check ended.
      identityStores.validate(credential);
      signIn = attempt.result();
      if (signIn == null) {
        return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
      }
    }
    if (signIn.outcome() == SignInResult.Outcome.SECOND_FACTOR_NEEDED) {
      new PendingSignIn(signIn.accountId(), clock.instant(), keepSignedIn(context))
          .keepIn(request.getSession());
      // Not signed in yet: the sign-in page sees why in SignInAttempt and asks for the code.
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    if (signIn.outcome() != SignInResult.Outcome.SUCCESS) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    begin(request, signIn);
    return context.notifyContainerAboutLogin(signIn.callerName(), signIn.roles());
  }

  /**
   * A script or app presenting a personal access token to the API: no session, and no cross-site
   * defence needed (a browser never adds the header by itself); a read token may only read.
   */
  private AuthenticationStatus byToken(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String secret) {
    Optional<SignedInSessions.TokenStanding> token = sessions.byToken(secret);
    if (token.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Parity\"");
      return context.responseUnauthorized();
    }
    request.setAttribute(CrossSiteRequests.TOKEN_MAY_WRITE, token.get().mayWrite());
    return actAs(token.get().standing(), request, context);
  }

  /**
   * The container acts as the account with its current roles; one whose roles require a second
   * factor it lacks is marked, so SecondFactorRequirement lets it do nothing else.
   */
  private static AuthenticationStatus actAs(
      SignedInSessions.Standing standing, HttpServletRequest request, HttpMessageContext context) {
    if (standing.secondFactorMissing()) {
      request.setAttribute(SecondFactorRequirement.MISSING, Boolean.TRUE);
    }
    request.setAttribute(DISPLAY_NAME, standing.displayName());
    return context.notifyContainerAboutLogin(standing.email(), standing.roles());
  }

  /** The code after a right password: only then does the session begin. */
  private AuthenticationStatus secondStep(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCode code) {
    Optional<PendingSignIn> pending = PendingSignIn.of(request, clock.instant());
    if (pending.isEmpty()) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    SignInResult signIn = signIns.secondFactor(pending.get().accountId(), code.code());
    attempt.record(signIn);
    if (signIn.outcome() != SignInResult.Outcome.SUCCESS) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    PendingSignIn.end(request);
    begin(request, signIn);
    return context.notifyContainerAboutLogin(signIn.callerName(), signIn.roles());
  }

  private void begin(HttpServletRequest request, SignInResult signIn) {
    new SignedInSession(signIn.accountId(), signIn.sessionGeneration(), clock.instant())
        .keepIn(request.getSession());
  }

  private static boolean keepSignedIn(HttpMessageContext context) {
    return context.getAuthParameters().isRememberMe();
  }

  private Optional<SignedInSessions.Standing> standing(SignedInSession signedIn) {
    Instant now = clock.instant();
    if (signedIn.expiredAt(now)) {
      return Optional.empty();
    }
    return sessions.standing(signedIn.accountId(), signedIn.generation());
  }

  /** Images, styles and scripts are the same for everyone: no need to ask who is asking. */
  private static boolean isStaticResource(HttpServletRequest request) {
    String path = PageAddress.path(request);
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }

  /** The sign-in page, told where to come back to (only ever a path on this site). */
  private static String loginAddress(HttpServletRequest request) {
    String back = PageAddress.path(request);
    if (request.getQueryString() != null) {
      back += "?" + request.getQueryString();
    }
    String login = request.getContextPath() + "/login";
    return "GET".equals(request.getMethod())
        ? login + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)
        : login;
  }
}
