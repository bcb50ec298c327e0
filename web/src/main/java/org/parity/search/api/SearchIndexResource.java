package org.parity.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.search.application.IndexStatus;
import org.parity.search.infrastructure.SearchIndex;

/** ADMIN: {@code POST /api/v1/admin/search-index} starts a rebuild; {@code GET} tells how far. */
@Path("admin/search-index")
@Tag(
    name = "Administration",
    description = "Accounts, the security log and the search index (administrators).")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

  @Inject SearchIndex index;

  @POST
  @Operation(
      summary = "Start rebuilding the search index, unless a rebuild is running (administrators)")
  @APIResponse(
      responseCode = "202",
      description = "Rebuilding in the background; how far it is",
      content = @Content(schema = @Schema(implementation = IndexStatus.class)))
  public Response rebuild() {
    return Response.accepted(index.rebuild()).build();
  }

  @GET
  @Operation(summary = "How far the latest rebuild of the search index is (administrators)")
  public IndexStatus status() {
    return index.status();
  }
}
