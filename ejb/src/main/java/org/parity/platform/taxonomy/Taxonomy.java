package org.parity.platform.taxonomy;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the taxonomy's values of one kind, in the order editors gave them. */
@Stateless
@PermitAll
public class Taxonomy {

  public static final String PROFESSION = "profession";
  public static final String REGION = "region";

  @PersistenceContext EntityManager em;

  public List<TaxonomyTerm> terms(String kind) {
    return em.createNamedQuery("TaxonomyTerm.findByKind", TaxonomyTerm.class)
        .setParameter("kind", kind)
        .getResultList();
  }

  public boolean contains(String kind, String code) {
    return code != null && em.find(TaxonomyTerm.class, new TaxonomyTerm.Key(kind, code)) != null;
  }
}
