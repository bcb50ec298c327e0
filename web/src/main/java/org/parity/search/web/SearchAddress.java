package org.parity.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A search as an address ({@code /case-studies?q=…&setting=PRIMARY_CARE&sort=date&page=2}), so a
 * search can be bookmarked, shared and reloaded. Immutable: every change answers a new address.
 */
public record SearchAddress(
    String path, String query, Map<String, List<String>> facets, String sort, int page) {

  public SearchAddress withQuery(String newQuery) {
    return new SearchAddress(path, newQuery, facets, sort, 1);
  }

  public SearchAddress toggle(String facet, String value) {
    Map<String, List<String>> changed = new LinkedHashMap<>(facets);
    List<String> values = new ArrayList<>(changed.getOrDefault(facet, List.of()));
    if (!values.remove(value)) {
      values.add(value);
    }
    if (values.isEmpty()) {
      changed.remove(facet);
    } else {
      changed.put(facet, values);
    }
    return new SearchAddress(path, query, changed, sort, 1);
  }

  public SearchAddress sortedBy(String newSort) {
    return new SearchAddress(path, query, facets, newSort, 1);
  }

  public SearchAddress page(int newPage) {
    return new SearchAddress(path, query, facets, sort, newPage);
  }

  public SearchAddress withoutFacets() {
    return new SearchAddress(path, query, Map.of(), sort, 1);
  }

  public boolean selected(String facet, String value) {
    return facets.getOrDefault(facet, List.of()).contains(value);
  }

  /** The address itself, relative to the application. */
  public String href() {
    List<String> parts = new ArrayList<>();
    if (query != null && !query.isBlank()) {
      parts.add("q=" + encode(query));
    }
    facets.forEach((name, values) -> values.forEach(v -> parts.add(name + "=" + encode(v))));
    if (sort != null && !sort.isBlank() && !"relevance".equals(sort)) {
      parts.add("sort=" + encode(sort));
    }
    if (page > 1) {
      parts.add("page=" + page);
    }
    return parts.isEmpty() ? path : path + "?" + String.join("&", parts);
  }

  /** One parameter of the address, as a hidden field of the search form. */
  public record Field(String name, String value) {}

  /**
   * Everything but the words (facets and sort), for the search form that changes only the words.
   */
  public List<Field> keptFields() {
    List<Field> fields = new ArrayList<>();
    facets.forEach((name, values) -> values.forEach(v -> fields.add(new Field(name, v))));
    if (sort != null && !sort.isBlank() && !"relevance".equals(sort)) {
      fields.add(new Field("sort", sort));
    }
    return fields;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static Map<String, List<String>> facetsFrom(
      Map<String, String[]> parameters, List<String> names) {
    return names.stream()
        .filter(parameters::containsKey)
        .collect(
            Collectors.toMap(
                n -> n,
                n ->
                    List.of(parameters.get(n)).stream()
                        .filter(v -> !v.isBlank())
                        .distinct()
                        .toList(),
                (a, b) -> a,
                LinkedHashMap::new));
  }
}
