package org.parity.curriculum.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.parity.content.Definitions.ContentPackage;
import org.parity.content.PackageFiles;
import org.parity.content.PackageReader;
import org.parity.content.Problem;
import org.parity.curriculum.infrastructure.Curricula;

/**
 * Publishes the curricula and modules that ship with Parity (module {@code content}) on start-up.
 * Idempotent: what is there already, by slug, is left as it is, editors' later versions included.
 */
@Singleton
@Startup
@DependsOn("StarterOrganisations")
public class StarterCurricula {

  static final String ROOT = "parity-content";
  private static final Logger LOG = Logger.getLogger(StarterCurricula.class.getName());

  @Inject PackageInstaller installer;
  @Inject Curricula curricula;

  @PostConstruct
  void publishMissing() {
    PackageReader.Result read =
        PackageReader.read(
            PackageFiles.fromClasspath(StarterCurricula.class.getClassLoader(), ROOT), Set.of());
    if (!read.isValid()) {
      LOG.severe("The starter content has problems and was not imported: " + read.problems());
      return;
    }
    ContentPackage all = read.content().orElseThrow();
    ContentPackage missing =
        new ContentPackage(
            all.modules().stream().filter(m -> curricula.module(m.slug()).isEmpty()).toList(),
            all.curricula().stream()
                .filter(c -> curricula.curriculum(c.slug()).isEmpty())
                .toList());
    List<Problem> problems = installer.check(missing, publisher -> true);
    if (!problems.isEmpty()) {
      LOG.severe(
          "The starter content does not fit this database and was not imported: " + problems);
      return;
    }
    installer.install(missing, true, "Parity starter content");
    LOG.info(
        () ->
            "Starter content: "
                + missing.modules().size()
                + " modules and "
                + missing.curricula().size()
                + " curricula published");
  }
}
