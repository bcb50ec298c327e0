package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parity.content.ImageFile;
import org.parity.content.PackageReader;
import org.parity.curriculum.domain.ModuleImage;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.PublisherReviewer;
import org.parity.curriculum.domain.Unit;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.curriculum.domain.WorkflowException;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.identity.application.Caller;
import org.parity.platform.InvalidInput;
import org.parity.platform.text.Markdown.ImageLink;

/**
 * The images a module version's units show: added to a draft by its editors (accepted by {@link
 * ImageFile}'s rules, alternative text required), removed while no unit shows them, copied into
 * each new draft, and served to whoever may read the version: anyone once it is published, its
 * editors and invited reviewers before.
 */
@Stateless
@PermitAll
public class ModuleImages {

  /** Where images are served: /unit-images/{id}/{name}. */
  public static final String PATH = "/unit-images/";

  /** An image in the studio: its name, how a unit shows it, and where it is served. */
  public record ImageRow(
      long id, String name, String alt, String mediaType, int width, int height, long size) {

    public String markdown() {
      return "![" + alt.replace("]", "") + "](images/" + name + ")";
    }

    public String src() {
      return PATH + id + "/" + name;
    }

    /** "600 × 400 px", or "SVG" (drawn to any size). */
    public String dimensions() {
      return width > 0 ? width + " × " + height + " px" : "SVG";
    }

    public long kilobytes() {
      return Math.max(1, (size + 512) / 1024);
    }
  }

  /** An image's bytes and whether anyone may keep a copy (a published version's never change). */
  public record ImageBytes(String mediaType, byte[] bytes, boolean published) {}

  @Inject Curricula curricula;
  @Inject EditorialRights rights;
  @Inject Caller caller;

  public List<ImageRow> of(long versionId) {
    ModuleVersion version = version(versionId);
    rights.requireAuthor(version.getModule().getOwner());
    return rows(version);
  }

  /** Adds an image to a draft; a name already taken gets a number ("chart-2.png"). */
  public ImageRow add(long versionId, String fileName, byte[] bytes, String alt) {
    ModuleVersion version = version(versionId);
    rights.requireAuthor(version.getModule().getOwner());
    version.lifecycle().requireDraft();
    InvalidInput.Collector errors = new InvalidInput.Collector();
    ImageFile.altProblem(alt).ifPresent(key -> errors.add("imageAlt", key));
    ImageFile.Accepted accepted = null;
    try {
      accepted = ImageFile.accept(bytes);
    } catch (ImageFile.Refused refused) {
      errors.add("imageFile", refused.key());
    }
    List<ModuleImage.Listed> existing = curricula.imagesOf(version);
    if (existing.size() >= ImageFile.MAX_PER_MODULE) {
      errors.add("imageFile", "image.tooMany");
    }
    errors.throwIfAny();
    Set<String> taken = new HashSet<>();
    existing.forEach(i -> taken.add(i.name()));
    String name = ImageFile.nameFor(fileName, accepted.extension());
    String stem = name.substring(0, name.lastIndexOf('.'));
    for (int n = 2; taken.contains(name); n++) {
      name = stem + "-" + n + "." + accepted.extension();
    }
    ModuleImage image =
        new ModuleImage(
            version,
            name,
            accepted.mediaType(),
            alt.strip(),
            accepted.width(),
            accepted.height(),
            accepted.bytes());
    curricula.add(image);
    curricula.flush();
    return new ImageRow(
        image.getId(),
        name,
        image.getAltText(),
        image.getMediaType(),
        accepted.width(),
        accepted.height(),
        accepted.bytes().length);
  }

  /** Removes an image from a draft, unless a unit still shows it. */
  public void remove(long versionId, long imageId) {
    ModuleVersion version = version(versionId);
    rights.requireAuthor(version.getModule().getOwner());
    version.lifecycle().requireDraft();
    ModuleImage image =
        curricula
            .image(imageId)
            .filter(i -> i.getModuleVersion().getId().equals(version.getId()))
            .orElseThrow(() -> InvalidInput.of("image", "image.unknown"));
    for (Unit unit : version.getUnits()) {
      if (PackageReader.shownImages(unit.getBody()).contains(image.getName())) {
        throw new WorkflowException(
            "Unit '" + unit.getTitle() + "' shows this image.", "image.inUse", unit.getTitle());
      }
    }
    curricula.remove(image);
  }

  /** A new draft starts with copies of its version's images. */
  public void copy(ModuleVersion from, ModuleVersion draft) {
    curricula.imageFilesOf(from).forEach(image -> curricula.add(image.copyFor(draft)));
  }

  /** How a version's units show its images, by name. */
  public Map<String, ImageLink> links(ModuleVersion version) {
    Map<String, ImageLink> links = new LinkedHashMap<>();
    for (ModuleImage.Listed image : curricula.imagesOf(version)) {
      links.put(image.name(), new ImageLink(PATH + image.id() + "/" + image.name(), image.alt()));
    }
    return links;
  }

  /** Images a unit shows that the version does not carry: such a draft is not submitted. */
  public List<String> missing(ModuleVersion version) {
    Set<String> carried = links(version).keySet();
    return version.getUnits().stream()
        .flatMap(u -> PackageReader.shownImages(u.getBody()).stream())
        .filter(name -> !carried.contains(name))
        .distinct()
        .toList();
  }

  /**
   * An image by id and name, for whoever may read its version: anyone once it is published or
   * retired, its editors and the publisher's invited reviewers before. Empty otherwise, as if it
   * did not exist.
   */
  public Optional<ImageBytes> file(long imageId, String name) {
    Optional<ModuleImage> found = curricula.image(imageId).filter(i -> i.getName().equals(name));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ModuleImage image = found.get();
    ModuleVersion version = image.getModuleVersion();
    boolean published =
        version.getStatus() == VersionStatus.PUBLISHED
            || version.getStatus() == VersionStatus.RETIRED;
    if (!published && !mayReadDraft(version)) {
      return Optional.empty();
    }
    return Optional.of(new ImageBytes(image.getMediaType(), image.getContent(), published));
  }

  private boolean mayReadDraft(ModuleVersion version) {
    if (caller.current().isEmpty()) {
      return false;
    }
    return rights.mayAuthorFor(version.getModule().getOwner())
        || curricula.reviewerInvitations(caller.required().getEmail()).stream()
            .map(PublisherReviewer::getPublisher)
            .anyMatch(p -> p.getId().equals(version.getModule().getOwner().getId()));
  }

  private List<ImageRow> rows(ModuleVersion version) {
    return curricula.imagesOf(version).stream()
        .map(
            i ->
                new ImageRow(
                    i.id(), i.name(), i.alt(), i.mediaType(), i.width(), i.height(), i.size()))
        .toList();
  }

  private ModuleVersion version(long versionId) {
    return curricula
        .moduleVersion(versionId)
        .orElseThrow(() -> InvalidInput.of("version", "studio.versionUnknown"));
  }
}
