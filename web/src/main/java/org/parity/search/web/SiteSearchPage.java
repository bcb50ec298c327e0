package org.parity.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parity.search.application.QueryText;
import org.parity.search.application.Search;
import org.parity.search.application.SearchRequest;
import org.parity.search.application.SearchResults;
import org.parity.search.infrastructure.SearchMapping;

/**
 * The page /search?q=: case studies, modules, discussions and library resources in groups, each
 * with its count and a way to see more; with {@code type=} one group alone, page by page, chosen
 * from the tabs of kinds.
 */
@Named("siteSearch")
@RequestScoped
public class SiteSearchPage {

  static final int PER_GROUP = 5;
  static final int PAGE_SIZE = 10;

  @Inject Search search;

  private String query;
  private String type;
  private int page;
  private List<Group> groups;

  /**
   * One kind of result.
   *
   * @param more where to see all of them, or null when all are shown
   */
  public record Group(
      String kind, SearchResults results, String more, String previous, String next) {}

  @PostConstruct
  void read() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    query = QueryText.clean(parameters.get("q"));
    String asked = parameters.get("type");
    type = asked != null && Search.KINDS.contains(asked) ? asked : null;
    page = SearchPageNumbers.of(parameters.get("page"));
  }

  public List<Group> getGroups() {
    if (groups == null) {
      groups = new ArrayList<>();
      if (query.isEmpty()) {
        return groups;
      }
      for (String kind : Search.KINDS) {
        if (type != null && !type.equals(kind)) {
          continue;
        }
        boolean alone = type != null;
        SearchResults results =
            search.search(
                new SearchRequest(
                        query,
                        kind,
                        Map.of(),
                        null,
                        alone ? page : 1,
                        alone ? PAGE_SIZE : PER_GROUP)
                    .withoutFacetCounts());
        String more = null;
        if (!alone && results.total() > results.hits().size()) {
          more =
              SearchMapping.CASE_STUDY.equals(kind)
                  ? "/case-studies?q=" + SearchAddress.encode(query)
                  : address(kind, 1);
        }
        String previous = alone && page > 1 ? address(kind, page - 1) : null;
        String next = alone && page < results.pages() ? address(kind, page + 1) : null;
        groups.add(new Group(kind, results, more, previous, next));
      }
    }
    return groups;
  }

  private String address(String kind, int toPage) {
    return "/search?q="
        + SearchAddress.encode(query)
        + "&type="
        + kind
        + (toPage > 1 ? "&page=" + toPage : "");
  }

  public boolean isNothingFound() {
    return !query.isEmpty() && getGroups().stream().allMatch(g -> g.results().total() == 0);
  }

  public String getQuery() {
    return query;
  }

  public String getType() {
    return type;
  }

  /** The kinds, in the order of the page's tabs. */
  public List<String> getKinds() {
    return Search.KINDS;
  }

  /** The tab of one kind: this query's results of that kind alone. */
  public String tab(String kind) {
    return address(kind, 1);
  }

  public String getAll() {
    return "/search?q=" + SearchAddress.encode(query);
  }
}
