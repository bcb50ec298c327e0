package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.parity.curriculum.application.CurriculumStudioService;
import org.parity.curriculum.application.StudioService;

/**
 * The review workflow over HTTP, for colleges that keep curricula in version control: an EDITOR
 * submits a draft, a PUBLISHER of the same publisher publishes it. 409 when out of turn.
 */
@Path("/")
public class ReviewResource {

  @Inject StudioService modules;
  @Inject CurriculumStudioService curricula;

  @POST
  @Path("module-versions/{id}/submit")
  public Response submitModule(@PathParam("id") long id, @QueryParam("comment") String comment) {
    modules.submit(id, comment);
    return Response.noContent().build();
  }

  @POST
  @Path("module-versions/{id}/publish")
  public Response publishModule(@PathParam("id") long id, @QueryParam("comment") String comment) {
    modules.publish(id, comment);
    return Response.noContent().build();
  }

  @POST
  @Path("curriculum-versions/{id}/submit")
  public Response submitCurriculum(
      @PathParam("id") long id, @QueryParam("comment") String comment) {
    curricula.submit(id, comment);
    return Response.noContent().build();
  }

  @POST
  @Path("curriculum-versions/{id}/publish")
  public Response publishCurriculum(
      @PathParam("id") long id, @QueryParam("comment") String comment) {
    curricula.publish(id, comment);
    return Response.noContent().build();
  }
}
