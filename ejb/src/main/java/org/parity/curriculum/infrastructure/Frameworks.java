package org.parity.curriculum.infrastructure;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parity.curriculum.domain.FrameworkOutcome;
import org.parity.curriculum.domain.OutcomeFramework;
import org.parity.curriculum.domain.OutcomeMapping;
import org.parity.curriculum.domain.SharedModule;
import org.parity.identity.domain.Organisation;

/** Learning-outcome frameworks and the mappings of modules' outcomes to them, as stored. */
@Dependent
public class Frameworks {

  @PersistenceContext EntityManager em;

  public void add(Object entity) {
    em.persist(entity);
  }

  /** Writes pending changes now, so that new outcomes have their ids. */
  public void flush() {
    em.flush();
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public Optional<OutcomeFramework> framework(long id) {
    return Optional.ofNullable(em.find(OutcomeFramework.class, id));
  }

  public Optional<OutcomeFramework> framework(Organisation owner, String slug, String version) {
    return em.createNamedQuery("OutcomeFramework.bySlug", OutcomeFramework.class)
        .setParameter("owner", owner)
        .setParameter("slug", slug)
        .setParameter("version", version)
        .getResultStream()
        .findFirst();
  }

  public List<OutcomeFramework> published() {
    return em.createNamedQuery("OutcomeFramework.published", OutcomeFramework.class)
        .getResultList();
  }

  public List<OutcomeFramework> ownedBy(Collection<Organisation> owners) {
    if (owners.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("OutcomeFramework.ofOwners", OutcomeFramework.class)
        .setParameter("owners", owners)
        .getResultList();
  }

  public Optional<FrameworkOutcome> outcome(long id) {
    return Optional.ofNullable(em.find(FrameworkOutcome.class, id));
  }

  public Optional<OutcomeMapping> mapping(long id) {
    return Optional.ofNullable(em.find(OutcomeMapping.class, id));
  }

  public List<OutcomeMapping> mappingsOf(SharedModule module) {
    return em.createNamedQuery("OutcomeMapping.ofModule", OutcomeMapping.class)
        .setParameter("module", module)
        .getResultList();
  }

  public List<OutcomeMapping> acceptedOf(Collection<SharedModule> modules) {
    if (modules.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("OutcomeMapping.acceptedOfModules", OutcomeMapping.class)
        .setParameter("modules", modules)
        .getResultList();
  }

  public List<OutcomeMapping> proposedTo(Collection<Organisation> owners) {
    if (owners.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("OutcomeMapping.proposedTo", OutcomeMapping.class)
        .setParameter("owners", owners)
        .getResultList();
  }
}
