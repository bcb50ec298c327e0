package org.parity.identity.web;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCScopeValue;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URI;
import org.parity.identity.application.OrganisationIdentity;
import org.parity.platform.Configuration;

/**
 * The organisation's OpenID provider Parity offers sign-in through (PARITY_OIDC_ISSUER,
 * PARITY_OIDC_CLIENT_ID, PARITY_OIDC_CLIENT_SECRET; PARITY_OIDC_LABEL names it on the button). Its
 * endpoints and keys come from its discovery document, fetched at the first sign-in and again after
 * a failure; the ID token's signature, issuer, audience, expiry and nonce are checked by Nimbus
 * before anyone is believed.
 */
@Named
@ApplicationScoped
public class OrganisationProvider {

  private static final int CONNECT_MILLIS = 5_000;
  private static final int READ_MILLIS = 10_000;

  @Inject Configuration configuration;

  private volatile Discovered discovered;

  private record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator) {}

  /** Thrown when the provider cannot be reached or its answer does not hold up. */
  static class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String why, Throwable cause) {
      super(why, cause);
    }

    Unusable(String why) {
      super(why);
    }
  }

  public boolean isOffered() {
    return configuration.value("PARITY_OIDC_ISSUER").isPresent()
        && configuration.value("PARITY_OIDC_CLIENT_ID").isPresent()
        && configuration.value("PARITY_OIDC_CLIENT_SECRET").isPresent();
  }

  /** The organisation's name as the sign-in button says it, if the operator gave one. */
  public String getLabel() {
    return configuration.value("PARITY_OIDC_LABEL").orElse(null);
  }

  /** Where the browser goes to sign in at the provider, carrying this attempt's checks. */
  URI signInAddress(OrganisationSignInAttempt attempt, URI returnAddress) throws Unusable {
    return new AuthenticationRequest.Builder(
            new ResponseType(ResponseType.Value.CODE),
            new Scope(OIDCScopeValue.OPENID, OIDCScopeValue.EMAIL, OIDCScopeValue.PROFILE),
            clientId(),
            returnAddress)
        .endpointURI(discovered().metadata().getAuthorizationEndpointURI())
        .state(new State(attempt.state()))
        .nonce(new Nonce(attempt.nonce()))
        .codeChallenge(new CodeVerifier(attempt.verifier()), CodeChallengeMethod.S256)
        .build()
        .toURI();
  }

  /**
   * Trades the code for tokens (with the client secret and the PKCE verifier) and reads who the ID
   * token says signed in, once it has been checked.
   */
  OrganisationIdentity identify(
      AuthorizationCode code, OrganisationSignInAttempt attempt, URI returnAddress)
      throws Unusable {
    Discovered provider = discovered();
    TokenRequest request =
        new TokenRequest(
            provider.metadata().getTokenEndpointURI(),
            new ClientSecretBasic(
                clientId(), new Secret(configuration.value("PARITY_OIDC_CLIENT_SECRET").get())),
            new AuthorizationCodeGrant(code, returnAddress, new CodeVerifier(attempt.verifier())));
    try {
      HTTPRequest http = request.toHTTPRequest();
      http.setConnectTimeout(CONNECT_MILLIS);
      http.setReadTimeout(READ_MILLIS);
      TokenResponse response = OIDCTokenResponseParser.parse(http.send());
      if (!response.indicatesSuccess()) {
        throw new Unusable(
            "the provider refused the code: "
                + response.toErrorResponse().getErrorObject().getCode());
      }
      OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
      IDTokenClaimsSet claims =
          provider
              .validator()
              .validate(tokens.getOIDCTokens().getIDToken(), new Nonce(attempt.nonce()));
      return new OrganisationIdentity(
          claims.getIssuer().getValue(),
          claims.getSubject().getValue(),
          claims.getStringClaim("email"),
          Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")),
          claims.getStringClaim("name"));
    } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
      forget();
      throw new Unusable("the provider's token answer could not be read", e);
    } catch (com.nimbusds.jose.JOSEException | com.nimbusds.jose.proc.BadJOSEException e) {
      throw new Unusable("the ID token did not hold up: " + e.getMessage(), e);
    }
  }

  private ClientID clientId() {
    return new ClientID(configuration.value("PARITY_OIDC_CLIENT_ID").get());
  }

  private Discovered discovered() throws Unusable {
    Discovered known = discovered;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (discovered == null) {
        Issuer issuer = new Issuer(configuration.value("PARITY_OIDC_ISSUER").get());
        try {
          // Nimbus checks that the document names the same issuer it was fetched for.
          OIDCProviderMetadata metadata =
              OIDCProviderMetadata.resolve(issuer, CONNECT_MILLIS, READ_MILLIS);
          discovered =
              new Discovered(
                  metadata,
                  new IDTokenValidator(
                      metadata.getIssuer(),
                      clientId(),
                      JWSAlgorithm.RS256,
                      metadata.getJWKSetURI().toURL()));
        } catch (GeneralException | IOException e) {
          throw new Unusable("the provider's discovery document could not be read", e);
        }
      }
      return discovered;
    }
  }

  /** After a failure the next sign-in discovers the provider afresh (keys and endpoints change). */
  private void forget() {
    discovered = null;
  }
}
