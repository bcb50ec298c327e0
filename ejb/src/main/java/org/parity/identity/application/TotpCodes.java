package org.parity.identity.application;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import org.parity.identity.domain.Account;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, six digits, 30 seconds), as every authenticator
 * app reads them, with dev.samstevens.totp. A code is accepted for the step it was made in and one
 * step either side (a phone's clock a little off); the caller records the step, so no code works
 * twice. Time comes from Parity's clock, so tests can set it at the edge.
 */
@ApplicationScoped
public class TotpCodes {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;
  static final int RECOVERY_CODES = 10;

  @Inject Clock clock;

  private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  public String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  /** The QR code an authenticator app scans, as a data: address for an img element. */
  public String qrImage(String secret, String accountName) {
    QrData data =
        new QrData.Builder()
            .label(accountName)
            .secret(secret)
            .issuer("Parity")
            .algorithm(HashingAlgorithm.SHA1)
            .digits(DIGITS)
            .period(PERIOD_SECONDS)
            .build();
    try {
      ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
      return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("The QR code could not be drawn", e);
    }
  }

  /** The time step the typed code belongs to, if it is right for now (give or take a step). */
  public OptionalLong step(String secret, String typed) {
    String code = typed == null ? "" : typed.replace(" ", "").strip();
    if (secret == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
    for (long step = now - 1; step <= now + 1; step++) {
      if (MessageDigest.isEqual(
          generate(secret, step).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Whether the code is right for the account's second factor now and its step not taken before; a
   * right code's step is taken, so it never works again.
   */
  public boolean accept(Account account, String typed) {
    OptionalLong step = step(account.getTotpSecret(), typed);
    return account.hasSecondFactor() && step.isPresent() && account.takeTotpStep(step.getAsLong());
  }

  public List<String> recoveryCodes() {
    return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
  }

  private String generate(String secret, long step) {
    try {
      return codes.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("A code could not be made from the secret", e);
    }
  }
}
