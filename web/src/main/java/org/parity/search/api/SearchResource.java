package org.parity.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parity.search.application.Search;
import org.parity.search.application.SearchRequest;
import org.parity.search.application.SearchResults;
import org.parity.search.infrastructure.SearchFields;

/**
 * {@code GET /api/v1/search?q=&type=&challenge=&priorityArea=&setting=&profession=&region=&year=
 * &sort=&page=}: one page of what the caller may read, with facet counts. Facets repeat for
 * alternatives ({@code setting=A&setting=B}).
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  private static final int PAGE_SIZE = 10;

  @Inject Search search;

  @GET
  public SearchResults search(
      @QueryParam("q") String query,
      @QueryParam("type") String type,
      @QueryParam("sort") String sort,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context UriInfo uri) {
    Map<String, List<String>> facets = new LinkedHashMap<>();
    for (String facet : SearchFields.FACETS) {
      List<String> values = uri.getQueryParameters().get(facet);
      if (values != null) {
        facets.put(facet, values);
      }
    }
    return search.search(
        new SearchRequest(query, type, facets, sort, number(page, 1), number(size, PAGE_SIZE)));
  }

  @GET
  @Path("suggestions")
  public List<String> suggestions(@QueryParam("q") String prefix) {
    return search.suggest(prefix);
  }

  /** A page number as typed: anything that is not a number means the default. */
  static int number(String value, int otherwise) {
    if (value == null || !value.strip().matches("\\d{1,4}")) {
      return otherwise;
    }
    return Integer.parseInt(value.strip());
  }
}
