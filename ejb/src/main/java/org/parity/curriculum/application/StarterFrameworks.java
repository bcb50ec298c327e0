package org.parity.curriculum.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parity.content.Definitions.ModuleDefinition;
import org.parity.content.FrameworkReader;
import org.parity.content.FrameworkReader.FrameworkDefinition;
import org.parity.content.FrameworkReader.MappingDefinition;
import org.parity.content.PackageFiles;
import org.parity.content.PackageReader;
import org.parity.curriculum.domain.FrameworkOutcome;
import org.parity.curriculum.domain.OutcomeFramework;
import org.parity.curriculum.domain.OutcomeMapping;
import org.parity.curriculum.domain.SharedModule;
import org.parity.curriculum.infrastructure.Curricula;
import org.parity.curriculum.infrastructure.Frameworks;
import org.parity.identity.domain.Organisation;
import org.parity.identity.infrastructure.Organisations;

/**
 * Publishes the demo outcome frameworks that ship with Parity, with their owners' mappings of the
 * starter modules, on start-up. Idempotent: a framework already there (owner, slug, version) is
 * left as it is, mappings included.
 */
@Singleton
@Startup
@DependsOn("StarterCurricula")
public class StarterFrameworks {

  static final String BY = "Parity starter content";
  private static final Logger LOG = Logger.getLogger(StarterFrameworks.class.getName());

  @Inject Frameworks frameworks;
  @Inject Curricula curricula;
  @Inject Organisations organisations;
  @Inject Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void publishMissing() {
    PackageFiles files =
        PackageFiles.fromClasspath(StarterFrameworks.class.getClassLoader(), StarterCurricula.ROOT);
    Map<String, ModuleDefinition> modules =
        PackageReader.read(files, Set.of()).content().stream()
            .flatMap(p -> p.modules().stream())
            .collect(Collectors.toMap(ModuleDefinition::slug, m -> m));
    FrameworkReader.Result<java.util.List<FrameworkDefinition>> read =
        FrameworkReader.readAll(
            files,
            modules.values().stream()
                .collect(
                    Collectors.toMap(ModuleDefinition::slug, ModuleDefinition::learningOutcomes)));
    if (!read.isValid()) {
      LOG.severe("The starter frameworks have problems and were not imported: " + read.problems());
      return;
    }
    for (FrameworkDefinition definition : read.content().orElseThrow()) {
      Optional<Organisation> owner = organisations.bySlug(definition.owner());
      if (owner.isEmpty()) {
        LOG.severe("No organisation " + definition.owner() + " for " + definition.slug());
        continue;
      }
      if (frameworks.framework(owner.get(), definition.slug(), definition.version()).isPresent()) {
        continue;
      }
      install(owner.get(), definition, modules);
      LOG.info(() -> "Starter framework published: " + definition.title());
    }
  }

  private void install(
      Organisation owner, FrameworkDefinition definition, Map<String, ModuleDefinition> modules) {
    OutcomeFramework framework =
        new OutcomeFramework(
            owner,
            definition.slug(),
            definition.title(),
            definition.version(),
            BY,
            clock.instant());
    framework.replaceOutcomes(definition.outcomes());
    framework.publish(clock.instant());
    frameworks.add(framework);
    frameworks.flush();
    Map<String, FrameworkOutcome> byCode =
        framework.getOutcomes().stream()
            .collect(Collectors.toMap(FrameworkOutcome::getCode, o -> o));
    for (MappingDefinition mapping : definition.mappings()) {
      Optional<SharedModule> module = curricula.module(mapping.module());
      if (module.isEmpty()) {
        continue;
      }
      String wording = modules.get(mapping.module()).learningOutcomes().get(mapping.outcome() - 1);
      for (String code : mapping.codes()) {
        frameworks.add(
            OutcomeMapping.shipped(module.get(), wording, byCode.get(code), BY, clock.instant()));
      }
    }
  }
}
