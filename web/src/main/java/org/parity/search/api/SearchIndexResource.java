package org.parity.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.parity.search.application.IndexStatus;
import org.parity.search.infrastructure.SearchIndex;

/** ADMIN: {@code POST /api/v1/admin/search-index} starts a rebuild; {@code GET} tells how far. */
@Path("admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

  @Inject SearchIndex index;

  @POST
  public Response rebuild() {
    return Response.accepted(index.rebuild()).build();
  }

  @GET
  public IndexStatus status() {
    return index.status();
  }
}
