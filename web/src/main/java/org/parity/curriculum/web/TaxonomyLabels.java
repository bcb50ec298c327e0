package org.parity.curriculum.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parity.platform.taxonomy.Taxonomy;
import org.parity.platform.taxonomy.TaxonomyTerm;

/** Labels for taxonomy codes on pages ({@code #{taxonomyLabels.of('profession', code)}}). */
@Named
@RequestScoped
public class TaxonomyLabels {

  @Inject Taxonomy taxonomy;
  private final Map<String, List<TaxonomyTerm>> terms = new HashMap<>();

  public List<TaxonomyTerm> terms(String kind) {
    return terms.computeIfAbsent(kind, taxonomy::terms);
  }

  public String of(String kind, String code) {
    return terms(kind).stream()
        .filter(t -> t.getCode().equals(code))
        .map(TaxonomyTerm::getLabel)
        .findFirst()
        .orElse(code);
  }
}
