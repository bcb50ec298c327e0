package org.parity.identity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.platform.mail.OutgoingMail;

/**
 * Reads what the services stored, so tests check the database and the outbox, not return values.
 */
@Stateless
public class StoredState {

  @PersistenceContext EntityManager em;

  public Optional<Account> account(String email) {
    return em.createQuery("select a from Account a where a.email = :e", Account.class)
        .setParameter("e", EmailAddress.normalise(email))
        .getResultStream()
        .findFirst();
  }

  public List<OutgoingMail> mailTo(String email) {
    return em.createQuery(
            "select m from OutgoingMail m where m.recipient = :r order by m.id", OutgoingMail.class)
        .setParameter("r", EmailAddress.normalise(email))
        .getResultList();
  }

  /**
   * Marks the mail to this address sent, as a delivery would (the version moves on, so a delivery
   * attempt already under way cannot write over it).
   */
  public void markMailSent(String email) {
    em.createQuery(
            "update OutgoingMail m set m.status = org.parity.platform.mail.OutgoingMail.Status.SENT,"
                + " m.version = m.version + 1 where m.recipient = :r")
        .setParameter("r", EmailAddress.normalise(email))
        .executeUpdate();
  }

  /** The secret in the newest mailed link to this address. */
  public String latestToken(String email) {
    List<OutgoingMail> mails = mailTo(email);
    String url = mails.get(mails.size() - 1).getActionUrl();
    return URLDecoder.decode(url.substring(url.indexOf("token=") + 6), StandardCharsets.UTF_8);
  }

  public long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  /** Makes every sign-in pause for this email run out, as if the time had passed. */
  public void endPauses(String email) {
    em.createQuery("update SignInThrottle t set t.pausedUntil = null where t.emailKey = :e")
        .setParameter("e", EmailAddress.normalise(email))
        .executeUpdate();
  }

  /** Puts a hash made elsewhere (with older parameters) in place of the account's. */
  public void replacePasswordHash(String email, String hash) {
    account(email).orElseThrow().rehashPassword(hash);
  }

  /** One text value read with plain SQL (one positional parameter); empty text for none. */
  public String text(String sql, Object parameter) {
    Object value =
        em.createNativeQuery(sql)
            .setParameter(1, parameter)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (value instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return value == null ? "" : value.toString();
  }

  /** The person changed their mind before the week was out. */
  public void cancelClosure(long accountId) {
    em.find(Account.class, accountId).cancelClosure();
  }
}
