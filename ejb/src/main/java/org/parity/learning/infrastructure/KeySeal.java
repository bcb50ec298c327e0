package org.parity.learning.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
        try {
          // Readable by the server's user alone, and made whole or not at all.
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          Files.writeString(file, Base64.getEncoder().encodeToString(made));
        } catch (FileAlreadyExistsException madeMeanwhile) {
          // another thread made it first: read theirs
        }
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

  /**
   * Seals {@code secret} bound to {@code context} (the key's id): a sealed key moved to another row
   * does not open.
   */
  public String seal(String secret, String context) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[nonce.length + sealed.length];
      System.arraycopy(nonce, 0, out, 0, nonce.length);
      System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
      return Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String open(String sealed, String context) {
    try {
      byte[] in = Base64.getDecoder().decode(sealed);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] open = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(open, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The signing key cannot be opened with this sealing key", e);
    }
  }
}
