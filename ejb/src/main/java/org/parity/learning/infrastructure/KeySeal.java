package org.parity.learning.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.parity.platform.Configuration;

/**
 * Seals and opens the publishers' private signing keys with AES-256-GCM. The sealing key comes from
 * PARITY_CREDENTIAL_KEY (32 bytes, base64; the same on every node); without it, one is made at
 * first start in the server's data folder, which is enough for one machine.
 */
@ApplicationScoped
public class KeySeal {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int NONCE_BYTES = 12;

  @Inject Configuration configuration;

  private SecretKey key;

  @PostConstruct
  void load() {
    key = new SecretKeySpec(sealingKey(), "AES");
  }

  private byte[] sealingKey() {
    String configured = configuration.value("PARITY_CREDENTIAL_KEY").orElse(null);
    if (configured != null) {
      return checked(Base64.getDecoder().decode(configured.strip()));
    }
    Path file =
        Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")))
            .resolve("parity-credential.key");
    try {
      if (!Files.exists(file)) {
        byte[] made = new byte[32];
        RANDOM.nextBytes(made);
        Files.writeString(file, Base64.getEncoder().encodeToString(made));
      }
      return checked(Base64.getDecoder().decode(Files.readString(file).strip()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] checked(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalStateException("PARITY_CREDENTIAL_KEY must be 32 bytes, base64-encoded");
    }
    return bytes;
  }

  public String seal(String secret) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String open(String sealed) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
      byte[] open = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(open, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The signing key cannot be opened with this sealing key", e);
    }
  }
}
