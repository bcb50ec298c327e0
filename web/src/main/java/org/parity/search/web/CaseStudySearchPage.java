package org.parity.search.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.parity.curriculum.web.TaxonomyLabels;
import org.parity.search.application.FacetCount;
import org.parity.search.application.Search;
import org.parity.search.application.SearchRequest;
import org.parity.search.application.SearchResults;
import org.parity.search.infrastructure.SearchFields;
import org.parity.search.infrastructure.SearchMapping;

/**
 * The page /case-studies: words, facets, sort and page all live in the address, so reloading or
 * sharing it shows the same results. The query box posts back only to turn the words into such an
 * address.
 */
@Named("caseStudySearch")
@RequestScoped
public class CaseStudySearchPage {

  static final int PAGE_SIZE = 10;

  @Inject Search search;
  @Inject TaxonomyLabels labels;

  private SearchAddress address;
  private String query;
  private SearchResults results;

  /** A facet value as a link that adds or removes it. */
  public record Option(String value, String label, long count, boolean selected, String href) {}

  public record Group(String name, List<Option> options) {}

  @PostConstruct
  void read() {
    Map<String, String[]> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
    query = first(parameters, "q");
    String sort = "date".equals(first(parameters, "sort")) ? "date" : "relevance";
    int page = SearchPageNumbers.of(first(parameters, "page"));
    address =
        new SearchAddress(
            "/case-studies",
            query,
            SearchAddress.facetsFrom(parameters, SearchFields.FACETS),
            sort,
            page);
  }

  public SearchResults getResults() {
    if (results == null) {
      results =
          search.search(
              new SearchRequest(
                  address.query(),
                  SearchMapping.CASE_STUDY,
                  address.facets(),
                  address.sort(),
                  address.page(),
                  PAGE_SIZE));
    }
    return results;
  }

  public List<Group> getFacets() {
    List<Group> groups = new ArrayList<>();
    for (String name : SearchFields.FACETS) {
      List<Option> options = new ArrayList<>();
      for (FacetCount count : getResults().facets()) {
        if (count.name().equals(name)) {
          options.add(option(name, count.value(), count.count()));
        }
      }
      // A chosen value stays on the page (with 0) so it can be taken off again.
      for (String chosen : address.facets().getOrDefault(name, List.of())) {
        if (options.stream().noneMatch(o -> o.value().equals(chosen))) {
          options.add(option(name, chosen, 0));
        }
      }
      options.sort(
          SearchFields.YEAR.equals(name)
              ? Comparator.comparing(Option::value).reversed()
              : Comparator.comparingLong(Option::count).reversed().thenComparing(Option::label));
      if (!options.isEmpty()) {
        groups.add(new Group(name, options));
      }
    }
    return groups;
  }

  private Option option(String name, String value, long count) {
    String label = SearchFields.YEAR.equals(name) ? value : labels.of(kind(name), value);
    return new Option(
        value, label, count, address.selected(name, value), address.toggle(name, value).href());
  }

  /** The taxonomy kind behind a facet name. */
  static String kind(String facet) {
    return SearchFields.PRIORITY_AREA.equals(facet) ? "priority_area" : facet;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public SearchAddress getAddress() {
    return address;
  }

  public boolean isFiltered() {
    return !address.facets().isEmpty();
  }

  public String getClearFilters() {
    return address.withoutFacets().href();
  }

  public String getByRelevance() {
    return address.sortedBy("relevance").href();
  }

  public String getByDate() {
    return address.sortedBy("date").href();
  }

  public String getPrevious() {
    return address.page() > 1 ? address.page(address.page() - 1).href() : null;
  }

  public String getNext() {
    return address.page() < getResults().pages() ? address.page(address.page() + 1).href() : null;
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }
}
