package org.parity.identity.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.parity.identity.application.PersonalAccessTokens;
import org.parity.identity.application.SecondFactorService;
import org.parity.identity.domain.AccessToken;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageMessages;

/**
 * /me/security: the second factor. Set up (QR code, the secret to type instead, one code to prove
 * the app works), then the recovery codes, shown once; new codes or turning it off take a current
 * code. The secret waits in this view only until it is confirmed.
 */
@Named
@ViewScoped
public class SecuritySettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SecondFactorService secondFactor;
  @Inject PersonalAccessTokens accessTokens;
  @Inject PageMessages messages;

  private SecondFactorService.Status status;
  private SecondFactorService.Enrolment enrolment;
  private List<String> recoveryCodes;
  private String code;
  private String tokenName;
  private String tokenScope = "READ";
  private String createdToken;
  private List<PersonalAccessTokens.TokenView> tokens;

  public SecondFactorService.Status getStatus() {
    if (status == null) {
      status = secondFactor.status();
    }
    return status;
  }

  /** The day the account was linked to its organisation's sign-in, as the page says it. */
  public String getLinkedOn() {
    java.time.Instant linkedAt = getStatus().linkedAt();
    return linkedAt == null
        ? ""
        : java.time.format.DateTimeFormatter.ofPattern(
                "d MMMM yyyy",
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .withZone(java.time.ZoneId.of("Europe/London"))
            .format(linkedAt);
  }

  public void begin() {
    enrolment = secondFactor.begin();
    recoveryCodes = null;
  }

  public void confirm() {
    if (enrolment == null) {
      return;
    }
    attempt(
        "enrol",
        () -> {
          recoveryCodes = List.copyOf(secondFactor.confirm(enrolment.secret(), code));
          enrolment = null;
          messages.info("secondFactor.turnedOn");
        });
  }

  public void renewCodes() {
    attempt(
        "manage",
        () -> {
          recoveryCodes = List.copyOf(secondFactor.newRecoveryCodes(code));
          messages.info("secondFactor.codesRenewed");
        });
  }

  public void turnOff() {
    attempt(
        "manage",
        () -> {
          secondFactor.turnOff(code);
          recoveryCodes = null;
          messages.info("secondFactor.turnedOff");
        });
  }

  private void attempt(String form, Runnable step) {
    try {
      step.run();
      status = null;
    } catch (InvalidInput refused) {
      messages.fieldErrors(form, refused.fieldErrors());
    }
    code = null;
  }

  /** Makes an access token; its secret is shown on this page once, and never again. */
  public void createToken() {
    try {
      AccessToken.Scope scope =
          "WRITE".equals(tokenScope) ? AccessToken.Scope.WRITE : AccessToken.Scope.READ;
      createdToken = accessTokens.create(tokenName, scope);
      tokenName = null;
      tokens = null;
      messages.info("token.created");
    } catch (InvalidInput refused) {
      messages.fieldErrors("tokens", refused.fieldErrors());
    }
  }

  public void revoke(long id) {
    accessTokens.revoke(id);
    tokens = null;
    createdToken = null;
    messages.info("token.revoked");
  }

  public List<PersonalAccessTokens.TokenView> getTokens() {
    if (tokens == null) {
      tokens = List.copyOf(accessTokens.mine());
    }
    return tokens;
  }

  public String getCreatedToken() {
    return createdToken;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public String getTokenScope() {
    return tokenScope;
  }

  public void setTokenScope(String tokenScope) {
    this.tokenScope = tokenScope;
  }

  /** The secret in groups of four, for typing into an app that cannot scan. */
  public String getSecretForTyping() {
    return enrolment == null ? "" : enrolment.secret().replaceAll("(.{4})(?!$)", "$1 ");
  }

  public SecondFactorService.Enrolment getEnrolment() {
    return enrolment;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
