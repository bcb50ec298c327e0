package org.parity.browser;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * Reads the links Parity mailed to one address out of the run's GreenMail server (shared by the
 * tests running side by side, so always by address).
 */
public final class MailLinks {

  private static final Pattern LINK = Pattern.compile("https?://\\S+token=\\S+");

  private MailLinks() {}

  public static List<MimeMessage> to(GreenMailOperations mail, String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
  }

  /** Waits (Parity sends after its transaction commits) for the n-th mail to the address. */
  public static MimeMessage awaitMail(GreenMailOperations mail, String address, int count) {
    Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> to(mail, address).size() >= count);
    return to(mail, address).get(count - 1);
  }

  public static String link(MimeMessage message) {
    Matcher matcher = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", ""));
    if (!matcher.find()) {
      throw new AssertionError("No link in the mail: " + GreenMailUtil.getBody(message));
    }
    return matcher.group();
  }

  private static boolean isTo(MimeMessage message, String address) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .anyMatch(a -> a.toString().equalsIgnoreCase(address));
    } catch (MessagingException e) {
      return false;
    }
  }
}
