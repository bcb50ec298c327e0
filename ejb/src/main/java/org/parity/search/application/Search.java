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
import org.parity.network.domain.LibraryResource;
import org.parity.network.domain.NetworkMembership;
import org.parity.platform.InvalidInput;
import org.parity.search.infrastructure.SearchFields;
import org.parity.search.infrastructure.SearchMapping;
import org.parity.search.infrastructure.Snippets;

/**
 * One search over case studies, modules, discussions and networks' library resources. Anyone may
 * search; what a reader finds is what they may read: published studies and modules, open networks'
 * threads and library entries, and closed networks' only for their active members and
 * administrators.
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
  private static final int VALUES_PER_FACET = 40;
  private static final Pattern FACET_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,80}");
  private static final Logger LOG = Logger.getLogger(Search.class.getName());

  /** The kinds, in the order the site-wide search shows them. */
  public static final List<String> KINDS =
      List.of(
          SearchMapping.CASE_STUDY,
          SearchMapping.MODULE,
          SearchMapping.THREAD,
          SearchMapping.RESOURCE);

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
    boolean counted = request.countFacets();
    try {
      return closestFirst(types, text, facets, byDate, page, pageSize, networks, counted);
    } catch (SearchException e) {
      // Belt and braces: should the parser still object, search the bare words instead.
      LOG.log(Level.FINE, "Query refused, retrying without operators: " + text, e);
      try {
        return closestFirst(
            types, QueryText.plain(text), facets, byDate, page, pageSize, networks, counted);
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
   * How closely the words must be found. A search tries the next way only when the last found
   * nothing, so a common word such as "health" is never matched loosely against the whole index
   * (that made every search count facets over most documents: see the search benchmark in the
   * README).
   */
  enum Pass {
    /** Every word, stemmed, with the field's synonyms, and the reader's operators obeyed. */
    AS_WRITTEN,
    /** Every word, each as written or with a typing slip ("helth" for "health"). */
    EVERY_WORD_WITH_SLIPS,
    /** At least half the words, each as written or with a slip: for questions typed in full. */
    MOST_WORDS_WITH_SLIPS
  }

  private SearchResults closestFirst(
      List<Class<?>> types,
      String text,
      Map<String, List<String>> facets,
      boolean byDate,
      int page,
      int pageSize,
      Set<Long> networks,
      boolean counted) {
    SearchResults found = null;
    for (Pass pass : passes(text)) {
      found = run(types, text, facets, byDate, page, pageSize, networks, counted, pass);
      if (found.total() > 0) {
        return found;
      }
    }
    return found;
  }

  /** The ways worth trying for this text: a slip needs a long word, "most" needs two words. */
  static List<Pass> passes(String text) {
    List<Pass> passes = new ArrayList<>(List.of(Pass.AS_WRITTEN));
    if (!QueryText.fuzzyWords(text).isEmpty()) {
      passes.add(Pass.EVERY_WORD_WITH_SLIPS);
    }
    if (QueryText.words(text).size() > 1) {
      passes.add(Pass.MOST_WORDS_WITH_SLIPS);
    }
    return passes;
  }

  private SearchResults run(
      List<Class<?>> types,
      String text,
      Map<String, List<String>> facets,
      boolean byDate,
      int page,
      int pageSize,
      Set<Long> networks,
      boolean counted,
      Pass pass) {
    SearchSession session = session();
    SearchScope<Object> scope = session.scope(types);
    SearchPredicate predicate = predicate(scope.predicate(), text, facets, networks, pass);
    AggregationKey<Map<String, Long>> facetKey = AggregationKey.of(SearchFields.FACET_VALUES);
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
    if (counted) {
      query =
          query.aggregation(
              facetKey,
              a ->
                  a.terms()
                      .field(SearchFields.FACET_VALUES, String.class)
                      // Room for every facet's values: the taxonomy has far fewer in all.
                      .maxTermCount(VALUES_PER_FACET * SearchFields.FACETS.size()));
    }
    SearchResult<List<?>> result = query.fetch((page - 1) * pageSize, pageSize);
    // Typing slips are marked only when this pass allowed them.
    Snippets.Wanted wanted =
        Snippets.wanted(
            QueryText.plain(text),
            pass == Pass.AS_WRITTEN
                ? List.of()
                : QueryText.fuzzyWords(text).stream()
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
    List<FacetCount> counts = counted ? facetCounts(result.aggregation(facetKey)) : List.of();
    return new SearchResults(result.total().hitCount(), page, pageSize, hits, counts);
  }

  /** Counts of {@code name:value}, as the pages want them: by facet, then most found first. */
  static List<FacetCount> facetCounts(Map<String, Long> counted) {
    List<FacetCount> counts = new ArrayList<>();
    for (String facet : SearchFields.FACETS) {
      String prefix = SearchFields.facetValue(facet, "");
      counted.entrySet().stream()
          .filter(e -> e.getValue() > 0 && e.getKey().startsWith(prefix))
          .sorted(
              Map.Entry.<String, Long>comparingByValue()
                  .reversed()
                  .thenComparing(Map.Entry.comparingByKey()))
          .limit(VALUES_PER_FACET)
          .forEach(
              e ->
                  counts.add(
                      new FacetCount(facet, e.getKey().substring(prefix.length()), e.getValue())));
    }
    return counts;
  }

  private SearchPredicate predicate(
      SearchPredicateFactory f,
      String text,
      Map<String, List<String>> facets,
      Set<Long> networks,
      Pass pass) {
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
      bool.must(pass == Pass.AS_WRITTEN ? asWritten(f, text) : withSlips(f, text, pass));
    }
    return bool.toPredicate();
  }

  /**
   * Every word in the title or body, through the query analyser (stems, synonyms, the reader's
   * quotes and signs); the title is indexed twice, so words in it weigh more.
   */
  private static SearchPredicate asWritten(SearchPredicateFactory f, String text) {
    return f.simpleQueryString()
        .field(SearchFields.TEXT)
        .matching(text)
        .defaultOperator(BooleanOperator.AND)
        .toPredicate();
  }

  /**
   * Each typed word found as written or, when long enough, with a typing slip against the unstemmed
   * words ("medicaly unexplaned symptons" finds what it meant); every word, or at least half of
   * them, must be found. Requiring the words keeps the matches as few as a correct spelling finds.
   */
  private static SearchPredicate withSlips(SearchPredicateFactory f, String text, Pass pass) {
    var words = f.bool();
    List<String> typed = QueryText.words(text);
    for (String word : typed) {
      SearchPredicate found = asWrittenOrWithSlips(f, word);
      if (pass == Pass.EVERY_WORD_WITH_SLIPS) {
        words.must(found);
      } else {
        words.should(found);
      }
    }
    if (pass == Pass.MOST_WORDS_WITH_SLIPS) {
      words.minimumShouldMatchNumber((typed.size() + 1) / 2);
    }
    return words.toPredicate();
  }

  /**
   * A short word (an abbreviation, "GP") through the query analyser, for its synonyms; a long one
   * among the unstemmed words, exactly or with a slip, which also covers its plural ("check" is a
   * slip from "checks") at the cost of one lookup instead of two.
   */
  private static SearchPredicate asWrittenOrWithSlips(SearchPredicateFactory f, String word) {
    List<String> parts = QueryText.parts(word);
    if (parts.stream().noneMatch(QueryText::deservesSlip)) {
      return asWritten(f, word);
    }
    var slipped = f.bool();
    for (String part : parts) {
      var match = f.match().field(SearchFields.WORDS).matching(part);
      slipped.must(QueryText.deservesSlip(part) ? match.fuzzy(QueryText.slips(part), 1) : match);
    }
    return slipped.toPredicate();
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
      return List.of(
          CaseStudy.class, ModuleVersion.class, ForumThread.class, LibraryResource.class);
    }
    return switch (type.strip()) {
      case SearchMapping.CASE_STUDY -> List.of(CaseStudy.class);
      case SearchMapping.MODULE -> List.of(ModuleVersion.class);
      case SearchMapping.THREAD -> List.of(ForumThread.class);
      case SearchMapping.RESOURCE -> List.of(LibraryResource.class);
      default -> throw InvalidInput.of("type", "search.type.invalid");
    };
  }

  /**
   * Closed networks whose threads and library the caller may read; null for an administrator (all).
   */
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
