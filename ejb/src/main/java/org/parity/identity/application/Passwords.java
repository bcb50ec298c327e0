package org.parity.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA256 at OWASP's 600,000
 * iterations). A hash made with other parameters still checks, and is made again at the next
 * successful sign-in ({@link #needsRehash}).
 */
@ApplicationScoped
public class Passwords {

  /** OWASP's advice for PBKDF2-HMAC-SHA256 (2023). */
  public static final int ITERATIONS = 600_000;

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Pbkdf2PasswordHash hash;

  // Compared against when no account has the email, so the reply takes as long either way.
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  /**
   * The hash of a long random password that nobody is told: an account made through an
   * organisation's provider signs in there, until its owner sets a password by "forgotten
   * password".
   */
  public String hashOfUnknownPassword() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return hash(Base64.getEncoder().encodeToString(secret));
  }

  public boolean matches(String password, String storedHash) {
    return password != null && hash.verify(password.toCharArray(), storedHash);
  }

  /**
   * Whether a stored hash was made with other parameters than today's (Jakarta Security writes
   * {@code algorithm:iterations:salt:hash}), so it should be made again while the password is
   * known.
   */
  public boolean needsRehash(String storedHash) {
    String[] parts = storedHash == null ? new String[0] : storedHash.split(":");
    return parts.length < 2
        || !ALGORITHM.equals(parts[0])
        || !Integer.toString(ITERATIONS).equals(parts[1]);
  }

  /** Spends the same time as a real check, for an email no account has. */
  public void spendTimeLikeACheck(String password) {
    hash.verify((password == null ? "" : password).toCharArray(), decoy);
  }
}
