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
import org.parity.curriculum.application.Catalogue;
import org.parity.curriculum.application.CatalogueViews.CatalogueFilter;
import org.parity.curriculum.application.CatalogueViews.CurriculumDetail;
import org.parity.curriculum.application.CatalogueViews.CurriculumSummary;
import org.parity.curriculum.application.CatalogueViews.ModuleDetail;

/** The published catalogue as JSON: {@code /api/v1/curricula} and {@code /api/v1/modules}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class CurriculumResource {

  @Inject Catalogue catalogue;

  @GET
  @Path("curricula")
  public List<CurriculumSummary> curricula(
      @QueryParam("q") String q,
      @QueryParam("profession") String profession,
      @QueryParam("priorityArea") String priorityArea,
      @QueryParam("challenge") String challenge,
      @QueryParam("publisher") String publisher) {
    return catalogue.curricula(
        new CatalogueFilter(q, profession, priorityArea, challenge, publisher));
  }

  @GET
  @Path("curricula/{slug}")
  public CurriculumDetail curriculum(@PathParam("slug") String slug) {
    return catalogue
        .curriculum(slug)
        .orElseThrow(() -> new NotFoundException("No published curriculum " + slug));
  }

  @GET
  @Path("modules/{slug}")
  public ModuleDetail module(@PathParam("slug") String slug) {
    return catalogue
        .module(slug)
        .orElseThrow(() -> new NotFoundException("No published module " + slug));
  }
}
