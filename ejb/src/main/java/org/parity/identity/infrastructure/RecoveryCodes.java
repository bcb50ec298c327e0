package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.RecoveryCode;

/** An account's recovery codes as stored with JPA. */
@Dependent
public class RecoveryCodes {

  @PersistenceContext EntityManager em;

  public List<RecoveryCode> unused(Account account) {
    return em.createNamedQuery("RecoveryCode.unused", RecoveryCode.class)
        .setParameter("account", account)
        .getResultList();
  }

  /** Replaces every code of the account (used or not) with these. */
  public void replace(Account account, List<String> codes) {
    removeAll(account);
    codes.forEach(code -> em.persist(new RecoveryCode(account, code)));
  }

  public void removeAll(Account account) {
    em.createNamedQuery("RecoveryCode.deleteOf").setParameter("account", account).executeUpdate();
  }
}
