package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.identity.application.PasswordResetService;
import org.parity.identity.application.RegistrationRequest;
import org.parity.identity.application.RegistrationService;
import org.parity.identity.application.SignInResult;
import org.parity.identity.application.SignInService;
import org.parity.identity.application.SignInThrottleCleanup;
import org.parity.identity.application.UnverifiedAccounts;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;
import org.parity.identity.domain.TokenNotUsableException;
import org.parity.it.Deployments;
import org.parity.platform.InvalidInput;
import org.parity.platform.mail.OutboxRetention;

/** The identity services against the real container and database (H2 here, MariaDB in CI). */
@ExtendWith(ArquillianExtension.class)
class IdentityServicesIT {

  private static final String PASSWORD = "kettle orchard lantern 42";
  private static final String BASE = "http://parity.test";

  @Deployment
  static WebArchive deployment() {
    return Deployments.services(IdentityServicesIT.class);
  }

  @Inject RegistrationService registration;
  @Inject SignInService signIn;
  @Inject SignInThrottleCleanup cleanup;
  @Inject PasswordResetService resets;
  @Inject StoredState stored;
  @Inject Pbkdf2PasswordHash olderHash;
  @Inject UnverifiedAccounts unverified;
  @Inject OutboxRetention outbox;

  private static String newEmail() {
    return "clinician-" + UUID.randomUUID() + "@example.org";
  }

  private static RegistrationRequest request(String email, String password) {
    return new RegistrationRequest(
        email,
        password,
        new Profile("Asha Patel", "MENTAL_HEALTH_NURSE", "Northfield Trust", null, null, null));
  }

  @Test
  void registeringStoresAnUnverifiedAccountAndMailsAVerificationLink() {
    String email = newEmail();
    registration.register(request(email.toUpperCase(), PASSWORD), BASE);

    Account account = stored.account(email).orElseThrow();
    assertThat(account.getEmail()).isEqualTo(email);
    assertThat(account.isEmailVerified()).isFalse();
    assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.LEARNER, Role.MEMBER);
    assertThat(account.getPasswordHash())
        .startsWith("PBKDF2WithHmacSHA256:600000:")
        .doesNotContain(PASSWORD);
    assertThat(stored.mailTo(email))
        .singleElement()
        .satisfies(
            mail -> assertThat(mail.getActionUrl()).startsWith(BASE + "/verify-email?token="));
  }

  @Test
  void registeringAKnownAddressCreatesNothingAndMailsItsOwner() {
    String email = newEmail();
    registration.register(request(email, PASSWORD), BASE);
    long accounts = stored.count("select count(a) from Account a");

    registration.register(request(" " + email.toUpperCase(), PASSWORD), BASE);
    assertThat(stored.count("select count(a) from Account a")).isEqualTo(accounts);
    assertThat(stored.mailTo(email)).hasSize(2);
    assertThat(stored.mailTo(email).get(1).getSubject()).isEqualTo("Your Parity account");
    assertThat(stored.mailTo(email).get(1).getActionUrl()).isNull();
  }

  @Test
  void aWeakPasswordIsRefusedAndNothingIsStored() {
    String email = newEmail();
    assertThatThrownBy(() -> registration.register(request(email, "short"), BASE))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("password", "password.too.short"));
    assertThat(stored.account(email)).isEmpty();
    assertThat(stored.mailTo(email)).isEmpty();
  }

  @Test
  void signInWaitsForTheEmailToBeVerifiedAndTheLinkWorksOnce() {
    String email = newEmail();
    registration.register(request(email, PASSWORD), BASE);
    assertThat(signIn.attempt(email, PASSWORD).outcome())
        .isEqualTo(SignInResult.Outcome.EMAIL_NOT_VERIFIED);

    String token = stored.latestToken(email);
    assertThat(registration.verifyEmail(token)).isEqualTo(email);
    assertThatThrownBy(() -> registration.verifyEmail(token))
        .isInstanceOf(TokenNotUsableException.class);

    SignInResult result = signIn.attempt(email, PASSWORD);
    assertThat(result.outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
    assertThat(result.callerName()).isEqualTo(email);
    assertThat(result.roles()).containsExactlyInAnyOrder("LEARNER", "MEMBER");
  }

  @Test
  void aPasswordHashedWithOlderParametersIsHashedAgainAtTheNextSignIn() {
    String email = verifiedAccount();
    olderHash.initialize(
        java.util.Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    stored.replacePasswordHash(email, olderHash.generate(PASSWORD.toCharArray()));
    assertThat(stored.account(email).orElseThrow().getPasswordHash())
        .startsWith("PBKDF2WithHmacSHA256:210000:");

    assertThat(signIn.attempt(email, PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
    assertThat(stored.account(email).orElseThrow().getPasswordHash())
        .startsWith("PBKDF2WithHmacSHA256:600000:");
    assertThat(signIn.attempt(email, PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
  }

  @Test
  void failedSignInsAreKeptOnlyWhileRecentAndSuccessesKeepNothing() {
    String known = verifiedAccount();
    String unknown = newEmail();
    String throttles = "select count(t) from SignInThrottle t where t.emailKey = '%s'";

    assertThat(signIn.attempt(known, PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
    assertThat(stored.count(throttles.formatted(known))).as("a success keeps no row").isZero();
    signIn.attempt(unknown, "wrong password 1");
    signIn.attempt(known, "wrong password 1");
    assertThat(stored.count(throttles.formatted(unknown))).isEqualTo(1);
    assertThat(stored.count(throttles.formatted(known))).isEqualTo(1);

    // An hour on, the counts are still there; a day on, they are forgotten.
    cleanup.forgetQuietAsOf(Instant.now().plus(Duration.ofHours(1)));
    assertThat(stored.count(throttles.formatted(unknown))).isEqualTo(1);
    cleanup.forgetQuietAsOf(Instant.now().plus(Duration.ofHours(25)));
    assertThat(stored.count(throttles.formatted(unknown))).isZero();
    assertThat(stored.count(throttles.formatted(known))).isZero();
  }

  @Test
  void fiveWrongPasswordsPauseSignInEvenWithTheRightOne() {
    String email = verifiedAccount();
    for (int i = 0; i < 4; i++) {
      assertThat(signIn.attempt(email, "wrong password " + i).outcome())
          .isEqualTo(SignInResult.Outcome.INVALID_CREDENTIALS);
    }
    SignInResult fifth = signIn.attempt(email, "wrong password 5");
    assertThat(fifth.outcome()).isEqualTo(SignInResult.Outcome.PAUSED);
    assertThat(fifth.pausedUntil()).isNotNull();
    assertThat(signIn.attempt(email, PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.PAUSED);

    stored.endPauses(email);
    assertThat(signIn.attempt(email, PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.SUCCESS);
  }

  @Test
  void anUnknownEmailIsAnsweredExactlyLikeAWrongPassword() {
    String nobody = newEmail();
    for (int i = 0; i < 4; i++) {
      assertThat(signIn.attempt(nobody, PASSWORD).outcome())
          .isEqualTo(SignInResult.Outcome.INVALID_CREDENTIALS);
    }
    assertThat(signIn.attempt(nobody, PASSWORD).outcome()).isEqualTo(SignInResult.Outcome.PAUSED);
    assertThat(stored.account(nobody)).isEmpty();
  }

  @Test
  void aPasswordResetLinkSetsANewPasswordOnce() {
    String email = verifiedAccount();
    resets.requestReset(newEmail(), BASE); // an unknown address: nothing is sent, nothing is said
    resets.requestReset(email, BASE);
    String token = stored.latestToken(email);
    assertThat(resets.isUsable(token)).isTrue();

    assertThatThrownBy(() -> resets.reset(token, "tooshort"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsEntry("password", "password.too.short"));
    assertThat(resets.isUsable(token)).as("a refused password leaves the link usable").isTrue();

    String newPassword = "violet harbour compass 7";
    resets.reset(token, newPassword);
    assertThat(signIn.attempt(email, newPassword).outcome())
        .isEqualTo(SignInResult.Outcome.SUCCESS);
    assertThat(signIn.attempt(email, PASSWORD).outcome())
        .isEqualTo(SignInResult.Outcome.INVALID_CREDENTIALS);
    assertThatThrownBy(() -> resets.reset(token, "another long passphrase"))
        .isInstanceOf(TokenNotUsableException.class);
  }

  @Test
  void migrationsSeedTheTaxonomyAndTheImporterTheStarterOrganisations() {
    assertThat(stored.count("select count(t) from TaxonomyTerm t where t.kind = 'challenge'"))
        .isEqualTo(4);
    assertThat(stored.count("select count(t) from TaxonomyTerm t where t.kind = 'priority_area'"))
        .isEqualTo(10);
    // Twenty professions and "lived experience" (V23).
    assertThat(stored.count("select count(t) from TaxonomyTerm t where t.kind = 'profession'"))
        .isEqualTo(21);
    // Every deployment re-runs the importer: still exactly one of each.
    assertThat(
            stored.count(
                "select count(o) from Organisation o where o.slug = 'college-of-whole-person-care-demo'"))
        .isEqualTo(1);
  }

  @Test
  void anAccountNeverConfirmedGoesWithItsTokensWhenItsDaysAreOverAndAConfirmedOneStays() {
    String neverConfirmed = newEmail();
    registration.register(request(neverConfirmed, PASSWORD), BASE);
    String confirmed = verifiedAccount();
    assertThat(unverified.removeCreatedBefore(Instant.now().minus(Duration.ofDays(1))))
        .as("a day-old cutoff spares an account made now")
        .isZero();
    assertThat(stored.account(neverConfirmed)).isPresent();

    assertThat(unverified.removeCreatedBefore(Instant.now().plusSeconds(1))).isPositive();

    assertThat(stored.account(neverConfirmed)).isEmpty();
    assertThat(
            stored.count(
                "select count(t) from OneTimeToken t where t.account.email = '"
                    + neverConfirmed
                    + "'"))
        .isZero();
    assertThat(stored.account(confirmed)).isPresent();
  }

  @Test
  void mailThatIsDoneWithLeavesTheOutboxWhenItsDaysAreOver() {
    String email = newEmail();
    registration.register(request(email, PASSWORD), BASE);
    stored.markMailSent(email);
    assertThat(stored.mailTo(email)).hasSize(1);
    outbox.removeFinishedBefore(Instant.now().minus(Duration.ofDays(1)));
    assertThat(stored.mailTo(email)).as("a day-old cutoff keeps today's mail").hasSize(1);

    outbox.removeFinishedBefore(Instant.now().plusSeconds(1));

    assertThat(stored.mailTo(email)).isEmpty();
  }

  private String verifiedAccount() {
    String email = newEmail();
    registration.register(request(email, PASSWORD), BASE);
    registration.verifyEmail(stored.latestToken(email));
    return email;
  }
}
