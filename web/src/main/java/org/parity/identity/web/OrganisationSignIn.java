package org.parity.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.identity.application.OrganisationIdentity;
import org.parity.identity.application.SignInResult;
import org.parity.platform.web.PageAddress;

/**
 * Sign-in with the organisation's OpenID provider: the authorization code flow with PKCE, state and
 * nonce. {@code /login/organisation} sends the browser to the provider; the provider sends it back
 * to {@code /login/organisation/return}, where the code is traded for an ID token, the token
 * checked, and the session begun as for a password (a second factor, if the account has one, still
 * follows on /login/code). Any failure lands on /login with a reason and no session.
 */
@WebServlet(urlPatterns = {OrganisationSignIn.START, OrganisationSignIn.RETURN})
public class OrganisationSignIn extends HttpServlet {

  static final String START = "/login/organisation";
  static final String RETURN = "/login/organisation/return";

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(OrganisationSignIn.class.getName());

  @Inject OrganisationProvider provider;
  @Inject SecurityContext securityContext;
  @Inject SignInAttempt signInAttempt;
  @Inject Clock clock;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!provider.isOffered()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      if (RETURN.equals(PageAddress.path(request))) {
        returned(request, response);
      } else {
        start(request, response);
      }
    } catch (OrganisationProvider.Unusable e) {
      LOG.log(Level.WARNING, "Sign-in through the organisation failed: {0}", e.getMessage());
      backToSignIn(request, response, "failed");
    }
  }

  private void start(HttpServletRequest request, HttpServletResponse response)
      throws IOException, OrganisationProvider.Unusable {
    OrganisationSignInAttempt attempt =
        OrganisationSignInAttempt.start(
            SignIn.nextPage(request.getParameter("next")),
            "true".equals(request.getParameter("keep")),
            clock.instant());
    URI destination = provider.signInAddress(attempt, returnAddress(request));
    attempt.keepIn(request.getSession());
    response.sendRedirect(destination.toString());
  }

  private void returned(HttpServletRequest request, HttpServletResponse response)
      throws IOException, OrganisationProvider.Unusable {
    Optional<OrganisationSignInAttempt> started =
        OrganisationSignInAttempt.takeFrom(request, clock.instant());
    if (started.isEmpty()) {
      backToSignIn(request, response, "expired");
      return;
    }
    AuthenticationResponse answer;
    try {
      answer = AuthenticationResponseParser.parse(URI.create(fullAddress(request)));
    } catch (ParseException | IllegalArgumentException e) {
      throw new OrganisationProvider.Unusable("the provider's answer could not be read");
    }
    // The state ties the answer to the browser that asked: another site's answer is not taken.
    if (answer.getState() == null || !started.get().state().equals(answer.getState().getValue())) {
      throw new OrganisationProvider.Unusable("the answer's state is not this browser's");
    }
    if (!answer.indicatesSuccess()) {
      AuthorizationErrorResponse error = answer.toErrorResponse();
      boolean cancelled = "access_denied".equals(error.getErrorObject().getCode());
      backToSignIn(request, response, cancelled ? "cancelled" : "failed");
      return;
    }
    AuthenticationSuccessResponse success = answer.toSuccessResponse();
    OrganisationIdentity identity =
        provider.identify(success.getAuthorizationCode(), started.get(), returnAddress(request));
    signIn(request, response, identity, started.get());
  }

  private void signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      OrganisationIdentity identity,
      OrganisationSignInAttempt started)
      throws IOException {
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .credential(new OrganisationCredential(identity))
                .rememberMe(started.keepSignedIn())
                .newAuthentication(true));
    SignInResult result = signInAttempt.result();
    String next = started.next();
    if (status == AuthenticationStatus.SUCCESS && result != null) {
      SignIn.begun(request, started.keepSignedIn());
      redirect(request, response, result.mustChangePassword() ? "/me/password" : next);
    } else if (result != null && result.outcome() == SignInResult.Outcome.SECOND_FACTOR_NEEDED) {
      redirect(
          request, response, "/login/code?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    } else {
      SignInResult.Outcome outcome =
          result == null ? SignInResult.Outcome.INVALID_CREDENTIALS : result.outcome();
      backToSignIn(
          request,
          response,
          switch (outcome) {
            case DISABLED -> "disabled";
            case ORGANISATION_EMAIL_NOT_VERIFIED -> "unverified";
            case ORGANISATION_LINK_TAKEN -> "taken";
            default -> "failed";
          });
    }
  }

  private static void backToSignIn(
      HttpServletRequest request, HttpServletResponse response, String why) throws IOException {
    redirect(request, response, "/login?organisation=" + why);
  }

  private static void redirect(
      HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
    response.sendRedirect(request.getContextPath() + path);
  }

  /** Where the provider sends the browser back to: this site as the browser reached it. */
  private static URI returnAddress(HttpServletRequest request) {
    return URI.create(PageAddress.base(request) + RETURN);
  }

  private static String fullAddress(HttpServletRequest request) {
    String query = request.getQueryString();
    return request.getRequestURL() + (query == null ? "" : "?" + query);
  }
}
