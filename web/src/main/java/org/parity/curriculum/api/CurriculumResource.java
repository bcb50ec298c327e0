package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.CatalogueViews.CatalogueFilter;
import org.parity.curriculum.application.CatalogueViews.CurriculumDetail;
import org.parity.curriculum.application.CatalogueViews.CurriculumSummary;
import org.parity.curriculum.application.CatalogueViews.ModuleDetail;

/** The published catalogue as JSON: {@code /api/v1/curricula} and {@code /api/v1/modules}. */
@Path("/")
@Tag(name = "Curricula", description = "The published catalogue of curricula and their modules.")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {

  @Inject Catalogue catalogue;

  @GET
  @Path("curricula")
  @Operation(summary = "Published curricula, filtered")
  public List<CurriculumSummary> curricula(
      @Parameter(description = "Text to find in the title or summary") @QueryParam("q") String q,
      @QueryParam("profession") String profession,
      @QueryParam("priorityArea") String priorityArea,
      @QueryParam("challenge") String challenge,
      @Parameter(description = "A publisher's slug") @QueryParam("publisher") String publisher) {
    return catalogue.curricula(
        new CatalogueFilter(q, profession, priorityArea, challenge, publisher));
  }

  @GET
  @Path("curricula/{slug}")
  @Operation(summary = "A published curriculum")
  public CurriculumDetail curriculum(@PathParam("slug") String slug) {
    return catalogue
        .curriculum(slug)
        .orElseThrow(() -> new NotFoundException("No published curriculum " + slug));
  }

  @GET
  @Path("modules/{slug}")
  @Operation(summary = "A published module")
  public ModuleDetail module(@PathParam("slug") String slug) {
    return catalogue
        .module(slug)
        .orElseThrow(() -> new NotFoundException("No published module " + slug));
  }
}
