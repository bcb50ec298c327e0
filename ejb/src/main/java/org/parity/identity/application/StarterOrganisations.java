package org.parity.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.parity.identity.domain.Organisation;
import org.parity.identity.infrastructure.Organisations;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Imports the starter organisations from the content module; adds only what is missing. */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StarterOrganisations {

  static final String RESOURCE = "parity-content/starter/organisations.yaml";
  private static final Logger LOG = Logger.getLogger(StarterOrganisations.class.getName());

  @Inject Organisations organisations;
  @Inject Clock clock;

  @PostConstruct
  void importMissing() {
    int added = 0;
    for (Map<String, Object> entry : read()) {
      String name = String.valueOf(entry.get("name"));
      Organisation.Kind kind = Organisation.Kind.valueOf(String.valueOf(entry.get("kind")));
      if (organisations.bySlug(Organisation.slugOf(name)).isEmpty()) {
        organisations.add(new Organisation(name, kind, clock.instant()));
        added++;
      }
    }
    LOG.info("Starter organisations: " + added + " added");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> read() {
    try (InputStream in =
        StarterOrganisations.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Starter content missing from the EAR: " + RESOURCE);
      }
      Map<String, Object> document =
          (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      return (List<Map<String, Object>>) document.get("organisations");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
