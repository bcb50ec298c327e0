package org.parity.identity.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parity.identity.domain.Organisation;

/** Organisations as stored with JPA. */
@Dependent
public class Organisations {

  @PersistenceContext EntityManager em;

  public void add(Organisation organisation) {
    em.persist(organisation);
  }

  public Optional<Organisation> byId(long id) {
    return Optional.ofNullable(em.find(Organisation.class, id));
  }

  public List<Organisation> all() {
    return em.createNamedQuery("Organisation.findAll", Organisation.class).getResultList();
  }

  public List<Organisation> byIds(List<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
            .setParameter("ids", ids)
            .getResultList();
  }

  public Optional<Organisation> bySlug(String slug) {
    return em.createNamedQuery("Organisation.findBySlug", Organisation.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public List<Organisation> nameContaining(String text, int max) {
    return em.createNamedQuery("Organisation.findByNameLike", Organisation.class)
        .setParameter("pattern", Accounts.pattern(text))
        .setMaxResults(max)
        .getResultList();
  }
}
