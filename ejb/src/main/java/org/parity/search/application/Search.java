package org.parity.search.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.identity.domain.Account;
import org.parity.network.application.NetworkAccess;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.NetworkMembership;
import org.parity.platform.InvalidInput;
import org.parity.search.infrastructure.SearchAnalysis;
import org.parity.search.infrastructure.SearchFields;
import org.parity.search.infrastructure.SearchMapping;
import org.parity.search.infrastructure.Snippets;

/**
 * One search over case studies, modules and discussions. Anyone may search; what a reader finds is
 * what they may read: published studies and modules, open networks' threads, and closed networks'
 * threads only for their active members and administrators.
 *
 * <p>Whatever is typed is answered: the text is cleaned ({@link QueryText}) and read by Lucene's
 * simple query syntax, which tolerates unbalanced quotes and stray operators.
 */
@Stateless
@PermitAll
public class Search {

  public static final int MAX_PAGE_SIZE = 50;
  private static final int MAX_PAGE = 500;
  private static final int SUGGESTIONS = 8;
  private static final int SNIPPET = 220;
  private static final int FACET_VALUES = 40;
  private static final Pattern FACET_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
  private static final Logger LOG = Logger.getLogger(Search.class.getName());

  /** The kinds, in the order the site-wide search shows them. */
  public static final List<String> KINDS =
      List.of(SearchMapping.CASE_STUDY, SearchMapping.MODULE, SearchMapping.THREAD);

  @PersistenceContext EntityManager em;
  @Inject NetworkAccess access;

  public SearchResults search(SearchRequest request) {
    int pageSize = Math.max(1, Math.min(MAX_PAGE_SIZE, request.pageSize()));
    int page = Math.max(1, Math.min(MAX_PAGE, request.page()));
    String text = QueryText.clean(request.query());
    Map<String, List<String>> facets = facets(request.facets());
    boolean byDate = "date".equalsIgnoreCase(request.sort());
    List<Class<?>> types = types(request.type());
    Set<Long> networks = readableNetworks();
    try {
      return strictThenForgiving(types, text, facets, byDate, page, pageSize, networks);
    } catch (SearchException e) {
      // Belt and braces: should the parser still object, search the bare words instead.
      LOG.log(Level.FINE, "Query refused, retrying without operators: " + text, e);
      try {
        return strictThenForgiving(
            types, QueryText.plain(text), facets, byDate, page, pageSize, networks);
      } catch (SearchException again) {
        // The index itself is unwell (being rebuilt from scratch): say nothing was found.
        LOG.log(Level.WARNING, "Search failed", again);
        return SearchResults.none(pageSize);
      }
    }
  }

  /** Up to eight titles of case studies whose words start as the reader has typed. */
  public List<String> suggest(String prefix) {
    String text = QueryText.plain(QueryText.clean(prefix));
    if (text.isEmpty()) {
      return List.of();
    }
    SearchSession session = session();
    SearchScope<CaseStudy> scope = session.scope(CaseStudy.class);
    SearchPredicateFactory f = scope.predicate();
    SearchPredicate predicate =
        f.bool()
            .filter(f.match().field(SearchFields.VISIBLE).matching(true))
            .must(
                f.simpleQueryString()
                    .field(SearchFields.PREFIXES)
                    .matching(text)
                    .defaultOperator(BooleanOperator.AND))
            .toPredicate();
    List<String> titles =
        session
            .search(scope)
            .select(p -> p.field(SearchFields.TITLE, String.class))
            .where(predicate)
            .fetchHits(SUGGESTIONS * 2);
    return titles.stream().distinct().limit(SUGGESTIONS).toList();
  }

  /**
   * The words as written first (with stemming and synonyms); only when that finds nothing, the
   * words again allowing a typing slip in each. Trying slips only then keeps a common word such as
   * "health" from matching, fuzzily, nearly everything, which made every search count facets over
   * the whole index (see the search benchmark in the README).
   */
  private SearchResults strictThenForgiving(
      List<Class<?>> types,
      String text,
      Map<String, List<String>> facets,
      boolean byDate,
      int page,
      int pageSize,
      Set<Long> networks) {
    SearchResults strict = run(types, text, facets, byDate, page, pageSize, networks, false);
    if (strict.total() > 0 || QueryText.fuzzyWords(text).isEmpty()) {
      return strict;
    }
    return run(types, text, facets, byDate, page, pageSize, networks, true);
  }

  private SearchResults run(
      List<Class<?>> types,
      String text,
      Map<String, List<String>> facets,
      boolean byDate,
      int page,
      int pageSize,
      Set<Long> networks,
      boolean forgiving) {
    SearchSession session = session();
    SearchScope<Object> scope = session.scope(types);
    SearchPredicate predicate = predicate(scope.predicate(), text, facets, networks, forgiving);
    Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
    var query =
        session
            .search(scope)
            .select(
                p ->
                    p.composite()
                        .from(
                            p.field(SearchFields.KIND, String.class),
                            p.field(SearchFields.SLUG, String.class),
                            p.field(SearchFields.ADDRESS, String.class),
                            p.field(SearchFields.TITLE, String.class),
                            p.field(SearchFields.BODY, String.class),
                            p.field(SearchFields.DATE, LocalDate.class))
                        .asList())
            .where(predicate)
            .sort(
                s ->
                    byDate
                        ? s.field(SearchFields.DATE).desc().missing().last().then().score()
                        : s.score().then().field(SearchFields.DATE).desc().missing().last());
    for (String facet : SearchFields.FACETS) {
      if (SearchFields.YEAR.equals(facet)) {
        AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet);
        keys.put(facet, key);
        query =
            query.aggregation(
                key, a -> a.terms().field(facet, Integer.class).maxTermCount(FACET_VALUES));
      } else {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
        keys.put(facet, key);
        query =
            query.aggregation(
                key, a -> a.terms().field(facet, String.class).maxTermCount(FACET_VALUES));
      }
    }
    SearchResult<List<?>> result = query.fetch((page - 1) * pageSize, pageSize);
    Snippets.Wanted wanted =
        Snippets.wanted(
            QueryText.plain(text),
            QueryText.fuzzyWords(text).stream()
                .map(w -> new Snippets.Slip(w, QueryText.slips(w)))
                .toList());
    List<SearchHit> hits = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (List<?> row : result.hits()) {
      String kind = (String) row.get(0);
      String slug = (String) row.get(1);
      // An older published version of a module stays indexed until it is retired: show one.
      if (!seen.add(kind + ":" + slug)) {
        continue;
      }
      hits.add(
          new SearchHit(
              kind,
              slug,
              (String) row.get(3),
              Snippets.of((String) row.get(4), wanted, SNIPPET),
              (String) row.get(2),
              (LocalDate) row.get(5)));
    }
    List<FacetCount> counts = new ArrayList<>();
    keys.forEach(
        (name, key) ->
            result.aggregation(key).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .forEach(
                    e ->
                        counts.add(
                            new FacetCount(name, String.valueOf(e.getKey()), e.getValue()))));
    return new SearchResults(result.total().hitCount(), page, pageSize, hits, counts);
  }

  private SearchPredicate predicate(
      SearchPredicateFactory f,
      String text,
      Map<String, List<String>> facets,
      Set<Long> networks,
      boolean forgiving) {
    var bool = f.bool().filter(f.match().field(SearchFields.VISIBLE).matching(true));
    if (networks != null) {
      var readable = f.bool().should(f.match().field(SearchFields.NETWORK).matching(0L));
      if (!networks.isEmpty()) {
        readable.should(f.terms().field(SearchFields.NETWORK).matchingAny(networks));
      }
      bool.filter(readable);
    }
    facets.forEach(
        (name, values) -> {
          if (SearchFields.YEAR.equals(name)) {
            List<Integer> years = values.stream().map(Integer::valueOf).toList();
            bool.filter(f.terms().field(name).matchingAny(years));
          } else {
            bool.filter(f.terms().field(name).matchingAny(values));
          }
        });
    if (!text.isEmpty()) {
      var words = f.bool();
      words.should(
          f.simpleQueryString()
              .field(SearchFields.TITLE)
              .boost(3f)
              .field(SearchFields.BODY)
              .matching(text)
              .defaultOperator(BooleanOperator.AND)
              .boost(2f));
      if (forgiving) {
        // Typing slips: "medicaly unexplaned symptons" still finds what it meant. The index holds
        // stems ("medic", "unexplain"), so a slip is measured against them and not every word can
        // match: any one long word, exactly or with a slip, will do, ranked by how many do.
        for (String word : QueryText.fuzzyWords(text)) {
          words.should(
              f.match()
                  .field(SearchFields.TITLE)
                  .field(SearchFields.BODY)
                  .matching(word)
                  .fuzzy(QueryText.slips(word))
                  .analyzer(SearchAnalysis.ENGLISH_PLAIN)
                  .boost(0.5f));
        }
      }
      bool.must(words);
    }
    return bool.toPredicate();
  }

  /** Known facets only, with values that look like taxonomy codes or years; the rest ignored. */
  private static Map<String, List<String>> facets(Map<String, List<String>> asked) {
    Map<String, List<String>> clean = new LinkedHashMap<>();
    if (asked == null) {
      return clean;
    }
    for (String facet : SearchFields.FACETS) {
      List<String> values = asked.get(facet);
      if (values == null) {
        continue;
      }
      List<String> kept =
          values.stream()
              .filter(v -> v != null && FACET_VALUE.matcher(v.strip()).matches())
              .map(String::strip)
              .filter(v -> !SearchFields.YEAR.equals(facet) || v.matches("\\d{4}"))
              .distinct()
              .limit(20)
              .toList();
      if (!kept.isEmpty()) {
        clean.put(facet, kept);
      }
    }
    return clean;
  }

  private static List<Class<?>> types(String type) {
    if (type == null || type.isBlank()) {
      return List.of(CaseStudy.class, ModuleVersion.class, ForumThread.class);
    }
    return switch (type.strip()) {
      case SearchMapping.CASE_STUDY -> List.of(CaseStudy.class);
      case SearchMapping.MODULE -> List.of(ModuleVersion.class);
      case SearchMapping.THREAD -> List.of(ForumThread.class);
      default -> throw InvalidInput.of("type", "search.type.invalid");
    };
  }

  /** Closed networks whose threads the caller may read; null for an administrator (all). */
  private Set<Long> readableNetworks() {
    Optional<Account> caller = access.caller();
    if (NetworkAccess.isAdmin(caller)) {
      return null;
    }
    if (caller.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createQuery(
                "select m.network.id from NetworkMembership m where m.account = :account"
                    + " and m.status = :status",
                Long.class)
            .setParameter("account", caller.get())
            .setParameter("status", NetworkMembership.Status.ACTIVE)
            .getResultList());
  }

  private SearchSession session() {
    return org.hibernate.search.mapper.orm.Search.session(em);
  }
}
