package org.parity.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, OWASP's iteration
 * count).
 */
@ApplicationScoped
public class Passwords {

  @Inject Pbkdf2PasswordHash hash;

  // Compared against when no account has the email, so the reply takes as long either way.
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = hash.generate("decoy-password-never-used".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null && hash.verify(password.toCharArray(), storedHash);
  }

  /** Spends the same time as a real check, for an email no account has. */
  public void spendTimeLikeACheck(String password) {
    hash.verify((password == null ? "" : password).toCharArray(), decoy);
  }
}
