package org.parity.governance;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.parity.identity.domain.Organisation;

/**
 * Colleges and their people for the governance tests, written straight into the tables as an
 * administrator's pages would leave them.
 */
@Stateless
public class Colleges {

  @PersistenceContext EntityManager em;

  /** A new royal college; answers its id. */
  public long college(String name) {
    Organisation college = new Organisation(name, Organisation.Kind.COLLEGE, Instant.now());
    em.persist(college);
    em.flush();
    return college.getId();
  }

  public String slug(long organisation) {
    return em.find(Organisation.class, organisation).getSlug();
  }

  /** A confirmed account with these roles (besides LEARNER), belonging to the organisation. */
  public void person(long id, String email, String name, List<String> roles, Long organisation) {
    em.createNativeQuery(
            "INSERT INTO account (id, email, display_name, profession, password_hash,"
                + " email_verified_at, enabled, created_at, version)"
                + " VALUES (?1, ?2, ?3, 'GP', 'x', ?4, TRUE, ?4, 0)")
        .setParameter(1, id)
        .setParameter(2, email)
        .setParameter(3, name)
        .setParameter(4, Instant.now())
        .executeUpdate();
    for (String role : roles) {
      em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, ?2)")
          .setParameter(1, id)
          .setParameter(2, role)
          .executeUpdate();
    }
    if (organisation != null) {
      em.createNativeQuery(
              "INSERT INTO account_organisation (account_id, organisation_id) VALUES (?1, ?2)")
          .setParameter(1, id)
          .setParameter(2, organisation)
          .executeUpdate();
    }
  }
}
