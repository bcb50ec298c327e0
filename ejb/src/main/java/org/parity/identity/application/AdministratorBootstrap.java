package org.parity.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.PasswordPolicy;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Accounts;
import org.parity.platform.Configuration;

/**
 * On a first start (no administrator yet) creates one from PARITY_ADMIN_EMAIL and
 * PARITY_ADMIN_PASSWORD; without a password it makes a one-time one, writes it to a file only the
 * server's user can read (the log names the file, never the password), and asks for a new one at
 * sign-in. There is never a default password.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class AdministratorBootstrap {

  private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject Accounts accounts;
  @Inject Passwords passwords;
  @Inject Configuration configuration;
  @Inject Clock clock;

  @PostConstruct
  void createFirstAdministrator() {
    if (accounts.countWithRole(Role.ADMIN) > 0) {
      return;
    }
    String email = configuration.adminEmail();
    if (accounts.byEmail(email).isPresent()) {
      LOG.severe(
          "No administrator, but "
              + email
              + " is taken by an ordinary account: set PARITY_ADMIN_EMAIL");
      return;
    }
    String password = configuration.adminPassword().orElse(null);
    boolean oneTime = password == null;
    if (oneTime) {
      password = oneTimePassword();
    } else if (!PasswordPolicy.check(password, email).isEmpty()) {
      throw new IllegalStateException(
          "PARITY_ADMIN_PASSWORD breaks the password policy "
              + PasswordPolicy.check(password, email));
    }
    Account admin =
        new Account(
            email,
            new Profile("Administrator", Profile.OTHER_PROFESSION, null, null, null, null),
            passwords.hash(password),
            clock.instant());
    EnumSet.of(Role.ADMIN, Role.LEARNER, Role.MEMBER).forEach(admin::grant);
    admin.verifyEmail(clock.instant());
    if (oneTime) {
      admin.requirePasswordChange();
      Path file = writeForTheOperator(email, password);
      LOG.warning(
          "Parity created the first administrator "
              + email
              + " with a one-time password, written to "
              + file
              + " (readable by this server's user only): sign in at /login, choose a new one,"
              + " then delete the file.");
    } else {
      LOG.info("Parity created the first administrator " + email + " from PARITY_ADMIN_EMAIL.");
    }
    accounts.add(admin);
  }

  /** The one-time password in a file of its own, owner-only from the moment it exists. */
  private static Path writeForTheOperator(String email, String password) {
    Path folder =
        Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")));
    Path file = folder.resolve("parity-first-administrator.txt");
    try {
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        // No POSIX permissions (Windows): make it owner-only as far as java.io can.
        Files.createFile(file);
        java.io.File plain = file.toFile();
        plain.setReadable(false, false);
        plain.setReadable(true, true);
        plain.setWritable(false, false);
        plain.setWritable(true, true);
      }
      Files.writeString(
          file,
          "Parity's first administrator: "
              + email
              + "\nOne-time password: "
              + password
              + "\nSign in at /login, choose a new password, then delete this file.\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the first administrator's password", e);
    }
  }

  private static String oneTimePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
