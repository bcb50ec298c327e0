package org.parity.curriculum.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.parity.content.FrameworkReader;
import org.parity.content.FrameworkReader.FrameworkDefinition;
import org.parity.content.FrameworkReader.OutcomeDefinition;
import org.parity.curriculum.application.OutcomeViews.FrameworkView;
import org.parity.curriculum.application.OutcomeViews.OutcomeView;
import org.parity.curriculum.domain.FrameworkOutcome;
import org.parity.curriculum.domain.OutcomeFramework;
import org.parity.curriculum.infrastructure.Frameworks;
import org.parity.identity.domain.Account;
import org.parity.identity.domain.Organisation;
import org.parity.identity.domain.Role;
import org.parity.identity.infrastructure.Organisations;
import org.parity.platform.InvalidInput;

/**
 * A publisher's learning-outcome frameworks: its editors draft one from a CSV or YAML file (format:
 * content/README.md) or from outcomes typed in the studio, and its PUBLISHERs publish it, after
 * which it never changes. Published frameworks are public.
 */
@Stateless
@PermitAll
public class OutcomeFrameworks {

  /** What a draft is made from: a file (its name says CSV or YAML) or typed CSV. */
  public record Source(String fileName, byte[] file, String typed) {

    boolean isYaml() {
      String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
      return file != null && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    String text() {
      return file != null && file.length > 0
          ? new String(file, StandardCharsets.UTF_8)
          : typed == null ? "" : typed;
    }

    String name() {
      return file != null && file.length > 0 ? fileName : "outcomes";
    }
  }

  @Inject Frameworks frameworks;
  @Inject Organisations organisations;
  @Inject EditorialRights rights;
  @Inject Clock clock;

  /** The publishers the caller may draft a framework for. */
  public List<OutcomeViews.Owner> owners() {
    if (!rights.isEditor()) {
      return List.of();
    }
    return rights.caller().getOrganisations().stream()
        .sorted(Comparator.comparing(Organisation::getName))
        .map(o -> new OutcomeViews.Owner(o.getId(), o.getName()))
        .toList();
  }

  /** Every published framework, for pickers and public pages. */
  public List<FrameworkView> published() {
    return frameworks.published().stream().map(f -> view(f, false)).toList();
  }

  /** The frameworks, drafts included, of the publishers the caller edits for. */
  public List<FrameworkView> mine() {
    Account caller = rights.caller();
    if (!rights.isEditor()) {
      return List.of();
    }
    boolean publisher = caller.hasRole(Role.PUBLISHER);
    return frameworks.ownedBy(caller.getOrganisations()).stream()
        .sorted(
            Comparator.comparing(OutcomeFramework::isPublished)
                .thenComparing(OutcomeFramework::getCreatedAt, Comparator.reverseOrder()))
        .map(f -> view(f, publisher && !f.isPublished()))
        .toList();
  }

  /**
   * Drafts a framework for a publisher the caller edits for; the same title and version as an
   * existing draft replaces that draft's outcomes.
   */
  public FrameworkView draft(long ownerId, String title, String version, Source source) {
    Organisation owner =
        organisations
            .byId(ownerId)
            .orElseThrow(() -> InvalidInput.of("owner", "frameworks.ownerUnknown"));
    rights.requireEditorFor(owner);
    List<OutcomeDefinition> outcomes;
    if (source.isYaml()) {
      FrameworkReader.Result<FrameworkDefinition> read =
          FrameworkReader.readYaml(source.name(), source.text());
      if (!read.isValid()) {
        throw new InvalidPackageException(read.problems());
      }
      FrameworkDefinition definition = read.content().orElseThrow();
      if (!definition.owner().equals(owner.getSlug())) {
        throw InvalidInput.of("owner", "frameworks.ownerMismatch");
      }
      title = definition.title();
      version = definition.version();
      outcomes = definition.outcomes();
    } else {
      InvalidInput.Collector errors = new InvalidInput.Collector();
      if (title == null || title.isBlank() || title.strip().length() > FrameworkReader.MAX_TITLE) {
        errors.add("title", "frameworks.titleRequired");
      }
      if (version == null
          || version.isBlank()
          || version.strip().length() > FrameworkReader.MAX_VERSION) {
        errors.add("version", "frameworks.versionRequired");
      }
      if (source.text().isBlank()) {
        errors.add("outcomes", "frameworks.outcomesRequired");
      }
      errors.throwIfAny();
      FrameworkReader.Result<List<OutcomeDefinition>> read =
          FrameworkReader.readCsv(source.name(), source.text());
      if (!read.isValid()) {
        throw new InvalidPackageException(read.problems());
      }
      outcomes = read.content().orElseThrow();
    }
    String slug = Organisation.slugOf(title);
    if (slug.isEmpty() || slug.length() > 80) {
      throw InvalidInput.of("title", "frameworks.titleRequired");
    }
    OutcomeFramework framework = frameworks.framework(owner, slug, version.strip()).orElse(null);
    if (framework == null) {
      framework =
          new OutcomeFramework(owner, slug, title, version, rights.callerName(), clock.instant());
      frameworks.add(framework);
    } else if (framework.isPublished()) {
      throw InvalidInput.of("version", "frameworks.versionPublished");
    } else {
      // The old outcomes go first: Hibernate inserts before it deletes, and codes are unique.
      framework.replaceOutcomes(List.of());
      frameworks.flush();
    }
    framework.replaceOutcomes(outcomes);
    frameworks.flush();
    return view(framework, false);
  }

  public FrameworkView publish(long id) {
    OutcomeFramework framework = framework(id);
    rights.requireApprover(framework.getOwner());
    framework.publish(clock.instant());
    return view(framework, false);
  }

  /** Throws a draft away; a published framework stays (mappings and certificates name it). */
  public void discard(long id) {
    OutcomeFramework framework = framework(id);
    rights.requireEditorFor(framework.getOwner());
    framework.requireDraft();
    frameworks.remove(framework);
  }

  public FrameworkView read(long id) {
    OutcomeFramework framework = framework(id);
    if (!framework.isPublished()) {
      rights.requireEditorFor(framework.getOwner());
    }
    return view(framework, false);
  }

  private OutcomeFramework framework(long id) {
    return frameworks
        .framework(id)
        .orElseThrow(() -> InvalidInput.of("framework", "frameworks.unknown"));
  }

  static FrameworkView view(OutcomeFramework f, boolean mayPublish) {
    return new FrameworkView(
        f.getId(),
        f.getTitle(),
        f.getVersionLabel(),
        f.getOwner().getName(),
        f.isPublished(),
        f.getPublishedAt(),
        f.getOutcomes().stream().map(OutcomeFrameworks::view).toList(),
        mayPublish);
  }

  static OutcomeView view(FrameworkOutcome o) {
    return new OutcomeView(o.getId(), o.getCode(), o.getGroup(), o.getTitle());
  }
}
