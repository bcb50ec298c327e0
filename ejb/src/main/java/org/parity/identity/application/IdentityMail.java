package org.parity.identity.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.OneTimeToken;
import org.parity.platform.Configuration;
import org.parity.platform.mail.MailOutbox;

/** The mails the identity context sends, written into the outbox in the caller's transaction. */
@Dependent
public class IdentityMail {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  @Inject MailOutbox outbox;
  @Inject Configuration configuration;

  void verification(Account account, OneTimeToken.Issued issued, String pageBase) {
    String link = link(pageBase, "/verify-email", issued.secret());
    outbox.enqueue(
        account.getEmail(),
        "Confirm your email address for Parity",
        "Hello "
            + account.getDisplayName()
            + ",\n\nPlease confirm that this is your email address by opening this link:\n\n"
            + link
            + "\n\nThe link works once and expires in 48 hours. If you did not register with Parity,"
            + " you can ignore this message.\n\nParity",
        link);
  }

  void passwordReset(Account account, OneTimeToken.Issued issued, String pageBase) {
    String link = link(pageBase, "/reset-password", issued.secret());
    outbox.enqueue(
        account.getEmail(),
        "Reset your Parity password",
        "Hello "
            + account.getDisplayName()
            + ",\n\nSomeone (we hope you) asked to reset the password of your Parity account."
            + " Choose a new one here:\n\n"
            + link
            + "\n\nThe link works once and expires in one hour. If you did not ask, ignore this"
            + " message: your password stays as it is.\n\nParity",
        link);
  }

  /** Someone registered with an address that already has an account: tell its owner, not them. */
  void alreadyRegistered(Account account, String pageBase) {
    String base = configuration.baseUrl().orElse(pageBase);
    outbox.enqueue(
        account.getEmail(),
        "Your Parity account",
        "Hello "
            + account.getDisplayName()
            + ",\n\nSomeone (we hope you) just tried to register with Parity using this address,"
            + " which already has an account. Sign in at "
            + base
            + "/login, or choose a new password with \"Forgot your password?\" if you have"
            + " forgotten it. If it was not you, you can ignore this message.\n\nParity",
        null);
  }

  /** A second factor turned on or off: the owner hears of it, in case it was not them. */
  void secondFactorChanged(Account account, boolean on) {
    outbox.enqueue(
        account.getEmail(),
        on ? "Second factor turned on for Parity" : "Second factor turned off for Parity",
        "Hello "
            + account.getDisplayName()
            + (on
                ? ",\n\nSigning in to your Parity account now also asks for a code from your"
                    + " authenticator app (or one of your recovery codes)."
                : ",\n\nSigning in to your Parity account no longer asks for a code from an"
                    + " authenticator app.")
            + "\n\nIf this was not you, reset your password at once and tell your organisation's"
            + " Parity administrator.\n\nParity",
        null);
  }

  /** Tells the owner at once, so a password changed by someone else does not go unnoticed. */
  void passwordChanged(Account account) {
    outbox.enqueue(
        account.getEmail(),
        "Your Parity password was changed",
        "Hello "
            + account.getDisplayName()
            + ",\n\nThe password of your Parity account has just been changed, and every device"
            + " that was signed in with the old one has been signed out.\n\nIf this was not you,"
            + " choose a new password at once with \"Forgot your password?\" on the sign-in page,"
            + " and tell your organisation's Parity administrator.\n\nParity",
        null);
  }

  /** A closure asked for: when it happens, and how to change one's mind meanwhile. */
  void closureRequested(Account account, Instant closesAt, String pageBase) {
    String link = configuration.baseUrl().orElse(pageBase) + "/me/close";
    outbox.enqueue(
        account.getEmail(),
        "Your Parity account will close on " + DAY.format(closesAt),
        "Hello "
            + account.getDisplayName()
            + ",\n\nYou asked us to close your Parity account. It will close on "
            + DAY.format(closesAt)
            + " (UK time): then your profile, reflections, answers, CPD log and notifications are"
            + " deleted, and your certificates stay verifiable as issued to a former member.\n\n"
            + "Changed your mind? Sign in before then and choose \"Keep my account\":\n\n"
            + link
            + "\n\nIf you did not ask for this, sign in, keep your account and change your"
            + " password.\n\nParity",
        link);
  }

  /** A closure that cannot happen (the last administrator): the account stays, and why. */
  void closureRefused(Account account, String why) {
    outbox.enqueue(
        account.getEmail(),
        "Your Parity account could not be closed",
        "Hello "
            + account.getDisplayName()
            + ",\n\nYour Parity account was due to close today, but it cannot: "
            + why
            + " It stays open, and nothing has been deleted; ask again once that has"
            + " changed.\n\nParity",
        null);
  }

  void closureCancelled(Account account) {
    outbox.enqueue(
        account.getEmail(),
        "Your Parity account stays open",
        "Hello "
            + account.getDisplayName()
            + ",\n\nYou cancelled closing your Parity account: it stays open, and nothing has"
            + " been deleted.\n\nParity",
        null);
  }

  private String link(String pageBase, String path, String secret) {
    String base = configuration.baseUrl().orElse(pageBase);
    return base + path + "?token=" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
  }
}
