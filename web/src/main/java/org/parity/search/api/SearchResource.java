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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(
    name = "Search",
    description = "Searching case studies, modules, forum threads and library resources.")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  private static final int PAGE_SIZE = 10;

  @Inject Search search;

  @GET
  @Operation(summary = "One page of what the caller may read, with facet counts")
  @Parameter(
      name = "challenge",
      in = ParameterIn.QUERY,
      description = "Only results in one of these challenges",
      schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
  @Parameter(
      name = "priorityArea",
      in = ParameterIn.QUERY,
      description = "Only results in one of these priority areas",
      schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
  @Parameter(
      name = "setting",
      in = ParameterIn.QUERY,
      description = "Only results in one of these settings",
      schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
  @Parameter(
      name = "profession",
      in = ParameterIn.QUERY,
      description = "Only results in one of these professions",
      schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
  @Parameter(
      name = "region",
      in = ParameterIn.QUERY,
      description = "Only results in one of these regions",
      schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
  @Parameter(
      name = "year",
      in = ParameterIn.QUERY,
      description = "Only results in one of these years",
      schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
  public SearchResults search(
      @Parameter(description = "The words to look for") @QueryParam("q") String query,
      @Parameter(description = "caseStudy, module, thread or resource; all kinds when absent")
          @QueryParam("type")
          String type,
      @Parameter(description = "date for newest first; by relevance otherwise") @QueryParam("sort")
          String sort,
      @Parameter(description = "From 1; 1 when not a number") @QueryParam("page") String page,
      @Parameter(description = "Results a page, at most 50; 10 when not a number")
          @QueryParam("size")
          String size,
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
  @Operation(summary = "Up to eight case study titles whose words start as typed")
  public List<String> suggestions(
      @Parameter(description = "What has been typed so far") @QueryParam("q") String prefix) {
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
