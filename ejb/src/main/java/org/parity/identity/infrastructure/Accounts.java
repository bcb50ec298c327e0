package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.Session;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.EmailAddress;
import org.parity.identity.domain.Role;

/** Accounts as stored with JPA. */
@Dependent
public class Accounts {

  @PersistenceContext EntityManager em;

  public void add(Account account) {
    em.persist(account);
  }

  public Optional<Account> byId(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** By natural id, so a signed-in person's account usually comes from the cache. */
  public Optional<Account> byEmail(String email) {
    if (email == null) {
      return Optional.empty();
    }
    return em.unwrap(Session.class)
        .bySimpleNaturalId(Account.class)
        .loadOptional(EmailAddress.normalise(email));
  }

  /** The account an organisation's provider knows by this subject, if it has been linked. */
  public Optional<Account> byOrganisationLink(String issuer, String subject) {
    return em.createNamedQuery("Account.byOrganisationLink", Account.class)
        .setParameter("issuer", issuer)
        .setParameter("subject", subject)
        .getResultStream()
        .findFirst();
  }

  public long countWithRole(Role role) {
    return em.createNamedQuery("Account.countWithRole", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /** The enabled accounts that hold the role for the organisation (its PUBLISHERs, say). */
  public List<Account> withRoleIn(Role role, org.parity.identity.domain.Organisation organisation) {
    return em.createNamedQuery("Account.withRoleIn", Account.class)
        .setParameter("role", role)
        .setParameter("organisation", organisation)
        .getResultList();
  }

  public List<Account> search(String text, int first, int max) {
    return em.createNamedQuery("Account.search", Account.class)
        .setParameter("pattern", pattern(text))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countMatching(String text) {
    return em.createNamedQuery("Account.countSearch", Long.class)
        .setParameter("pattern", pattern(text))
        .getSingleResult();
  }

  static String pattern(String text) {
    String cleaned = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    return "%" + cleaned.replace("\\", "").replace("%", "").replace("_", "") + "%";
  }
}
