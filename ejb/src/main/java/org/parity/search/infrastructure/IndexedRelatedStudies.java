package org.parity.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.parity.casestudy.application.CaseStudyViews.RelatedStudy;
import org.parity.casestudy.application.RelatedStudies;
import org.parity.casestudy.domain.CaseStudy;

/**
 * Related studies from the index: each shared priority area counts 3, each shared setting 2, each
 * shared challenge 1 (a constant score per clause, so the score is that sum); newest first among
 * equals.
 */
@ApplicationScoped
public class IndexedRelatedStudies implements RelatedStudies {

  @PersistenceContext EntityManager em;

  @Override
  public List<RelatedStudy> like(CaseStudy study, int limit) {
    if (study.getPriorityAreas().isEmpty()
        && study.getSettings().isEmpty()
        && study.getChallenges().isEmpty()) {
      return List.of();
    }
    return Search.session(em)
        .search(CaseStudy.class)
        .select(
            p ->
                p.composite()
                    .from(
                        p.field(SearchFields.SLUG, String.class),
                        p.field(SearchFields.TITLE, String.class),
                        p.field(SearchFields.BODY, String.class))
                    .as((slug, title, body) -> new RelatedStudy(slug, title, summary(body))))
        .where(
            f -> {
              var shared =
                  f.bool()
                      .filter(f.match().field(SearchFields.VISIBLE).matching(true))
                      .mustNot(f.match().field(SearchFields.SLUG).matching(study.getSlug()))
                      .minimumShouldMatchNumber(1);
              add(f, shared, SearchFields.PRIORITY_AREA, study.getPriorityAreas(), 3f);
              add(f, shared, SearchFields.SETTING, study.getSettings(), 2f);
              add(f, shared, SearchFields.CHALLENGE, study.getChallenges(), 1f);
              return shared;
            })
        .sort(s -> s.score().then().field(SearchFields.DATE).desc().missing().last())
        .fetchHits(limit);
  }

  private static void add(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?> shared,
      String field,
      List<String> values,
      float weight) {
    for (String value : values) {
      shared.should(f.match().field(field).matching(value).constantScore().boost(weight));
    }
  }

  /** The summary leads the indexed body, before the first blank line. */
  static String summary(String body) {
    if (body == null) {
      return "";
    }
    int end = body.indexOf("\n\n");
    return end < 0 ? body : body.substring(0, end);
  }
}
