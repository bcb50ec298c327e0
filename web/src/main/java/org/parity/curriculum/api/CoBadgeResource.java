package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.curriculum.application.CoBadging;
import org.parity.curriculum.application.StudioViews.CoBadgeView;
import org.parity.platform.api.PageBase;

/**
 * Consent before co-badging over HTTP: the lead publisher's editors ask another publisher; its
 * PUBLISHERs accept or decline; either side withdraws with a reason. 409 when out of turn.
 */
@Path("/")
@Tag(name = "Studio")
@Produces(MediaType.APPLICATION_JSON)
public class CoBadgeResource {

  @Inject CoBadging coBadging;
  @Context UriInfo uri;

  /** {"publisher": "a-publisher-slug"} */
  public record Ask(String publisher) {}

  public record Asked(long id) {}

  /** {"reason": "…"}: required to withdraw, optional to decline. */
  public record Reason(String reason) {}

  @GET
  @Path("curriculum-versions/{id}/co-badges")
  @Operation(summary = "Every request to co-badge this version's curriculum (the lead's editors)")
  public List<CoBadgeView> ofCurriculum(@PathParam("id") long versionId) {
    return coBadging.ofCurriculum(versionId);
  }

  @POST
  @Path("curriculum-versions/{id}/co-badges")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Ask another publisher to co-badge the curriculum; its badge shows once one of its"
              + " PUBLISHERs accepts (the lead's editors)")
  @APIResponse(
      responseCode = "201",
      description = "Asked; its PUBLISHERs are told by mail",
      content = @Content(schema = @Schema(implementation = Asked.class)))
  public Response ask(@PathParam("id") long versionId, Ask ask) {
    long id = coBadging.ask(versionId, ask == null ? null : ask.publisher(), pageBase());
    return Response.created(URI.create("/api/v1/co-badges/" + id)).entity(new Asked(id)).build();
  }

  @GET
  @Path("co-badges")
  @Operation(
      summary =
          "Requests to the caller's publishers that still stand: to answer, or to withdraw"
              + " (PUBLISHERs)")
  public List<CoBadgeView> askedOfMe() {
    return coBadging.askedOfMe();
  }

  @POST
  @Path("co-badges/{id}/accept")
  @Operation(summary = "Accept: the publisher's badge shows on the curriculum (its PUBLISHERs)")
  @APIResponse(responseCode = "204", description = "Accepted")
  public Response accept(@PathParam("id") long id) {
    coBadging.accept(id, pageBase());
    return Response.noContent().build();
  }

  @POST
  @Path("co-badges/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline, with a reason if wished (the asked publisher's PUBLISHERs)")
  @APIResponse(responseCode = "204", description = "Declined")
  public Response decline(@PathParam("id") long id, Reason reason) {
    coBadging.decline(id, reason == null ? null : reason.reason(), pageBase());
    return Response.noContent().build();
  }

  @POST
  @Path("co-badges/{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Withdraw a badge or a standing request, with a reason (the lead's editors, or the"
              + " co-badging publisher's PUBLISHERs)")
  @APIResponse(responseCode = "204", description = "Withdrawn; the badge has left the curriculum")
  public Response withdraw(@PathParam("id") long id, Reason reason) {
    coBadging.withdraw(id, reason == null ? null : reason.reason(), pageBase());
    return Response.noContent().build();
  }

  private String pageBase() {
    return PageBase.of(uri);
  }
}
