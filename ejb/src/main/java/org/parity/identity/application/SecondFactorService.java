package org.parity.identity.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.SecurityEvent;
import org.parity.identity.infrastructure.RecoveryCodes;
import org.parity.platform.InvalidInput;

/**
 * A person's own second factor, on /me/security: set up with an authenticator app (a QR code, then
 * one code to prove it works), ten single-use recovery codes, turned off with a code (unless the
 * person's roles require it). The owner is mailed at each change.
 */
@Stateless
@RolesAllowed({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class SecondFactorService {

  @Inject Caller caller;
  @Inject TotpCodes totp;
  @Inject RecoveryCodes recoveryCodes;
  @Inject SecondFactorRule rule;
  @Inject SecurityLog log;
  @Inject IdentityMail mail;
  @Inject Clock clock;

  /** What the page shows before a second factor is set up: the secret and its QR code. */
  public record Enrolment(String secret, String qrImage) implements java.io.Serializable {}

  /**
   * Where the caller stands: the second factor, and the organisation's provider the account signs
   * in through (its issuer and since when), if it is linked to one.
   */
  public record Status(
      boolean enabled,
      boolean required,
      int recoveryCodesLeft,
      String linkedOrganisation,
      java.time.Instant linkedAt)
      implements java.io.Serializable {}

  public Status status() {
    Account account = caller.required();
    return new Status(
        account.hasSecondFactor(),
        rule.requiredFor(account),
        account.hasSecondFactor() ? recoveryCodes.unused(account).size() : 0,
        account.getOidcIssuer(),
        account.getOidcLinkedAt());
  }

  /** A new secret to scan; nothing is stored until a code from it is confirmed. */
  public Enrolment begin() {
    Account account = caller.required();
    String secret = totp.newSecret();
    return new Enrolment(secret, totp.qrImage(secret, account.getEmail()));
  }

  /** Turns the second factor on if the code fits the secret; returns the recovery codes, once. */
  public List<String> confirm(String secret, String code) {
    Account account = caller.required();
    OptionalLong step = totp.step(secret, code);
    if (step.isEmpty()) {
      throw InvalidInput.of("code", "secondFactor.codeWrong");
    }
    account.enableSecondFactor(secret, step.getAsLong(), clock.instant());
    List<String> codes = totp.recoveryCodes();
    recoveryCodes.replace(account, codes);
    log.record(SecurityEvent.Kind.SECOND_FACTOR_ENABLED, account.getEmail());
    mail.secondFactorChanged(account, true);
    return codes;
  }

  /** Ten new recovery codes in place of the old, for a current code. */
  public List<String> newRecoveryCodes(String code) {
    Account account = proven(code);
    List<String> codes = totp.recoveryCodes();
    recoveryCodes.replace(account, codes);
    log.record(SecurityEvent.Kind.RECOVERY_CODES_REPLACED, account.getEmail());
    return codes;
  }

  /** Turns the second factor off, for a current code, unless the caller's roles require it. */
  public void turnOff(String code) {
    Account account = proven(code);
    if (rule.requiredFor(account)) {
      throw InvalidInput.of("code", "secondFactor.required");
    }
    account.disableSecondFactor();
    recoveryCodes.removeAll(account);
    log.record(SecurityEvent.Kind.SECOND_FACTOR_DISABLED, account.getEmail());
    mail.secondFactorChanged(account, false);
  }

  private Account proven(String code) {
    Account account = caller.required();
    if (!totp.accept(account, code)) {
      throw InvalidInput.of("code", "secondFactor.codeWrong");
    }
    return account;
  }
}
