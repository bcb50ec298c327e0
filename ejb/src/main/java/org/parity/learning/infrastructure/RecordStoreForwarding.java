package org.parity.learning.infrastructure;

import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parity.learning.application.StatementRecorded;
import org.parity.learning.domain.LearningStatement;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;

/**
 * Sends learning statements to an external xAPI learning record store when one is configured
 * ({@code PARITY_LRS_URL}, {@code PARITY_LRS_USERNAME}, {@code PARITY_LRS_PASSWORD}): after the
 * writing transaction commits, on another thread, so no page waits; and every 30 seconds for what
 * failed, up to {@link #MAX_ATTEMPTS} tries. After a failure new statements wait for that schedule,
 * so a store that is down is not hammered. One sender at a time, so a statement goes once.
 */
@Singleton
@AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
@ScheduledWork
public class RecordStoreForwarding {

  public static final int MAX_ATTEMPTS = 10;
  private static final int BATCH = 100;
  private static final Logger LOG = Logger.getLogger(RecordStoreForwarding.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Configuration configuration;
  @Inject Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** When the store last failed: new statements then wait for the next scheduled try. */
  private Instant lastFailure;

  @Asynchronous
  public void forwardSoon() {
    if (lastFailure != null && clock.instant().isBefore(lastFailure.plusSeconds(25))) {
      return;
    }
    forwardDue();
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  public void retryDue() {
    forwardDue();
  }

  /** Sends batch after batch while the store accepts them. */
  private void forwardDue() {
    Optional<String> store = configuration.value("PARITY_LRS_URL");
    if (store.isEmpty()) {
      return;
    }
    while (forwardBatch(store.get()) == BATCH) {
      em.flush();
    }
  }

  /** Answers how many statements the store accepted. */
  private int forwardBatch(String store) {
    List<LearningStatement> due =
        em.createNamedQuery("LearningStatement.findUnforwarded", LearningStatement.class)
            .setParameter("limit", MAX_ATTEMPTS)
            .setMaxResults(BATCH)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    String body =
        due.stream().map(LearningStatement::getBody).collect(Collectors.joining(",", "[", "]"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(store.replaceAll("/$", "") + "/statements"))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("X-Experience-API-Version", "1.0.3")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    configuration
        .value("PARITY_LRS_USERNAME")
        .ifPresent(
            user ->
                request.header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (user + ":" + configuration.value("PARITY_LRS_PASSWORD").orElse(""))
                                    .getBytes(StandardCharsets.UTF_8))));
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 == 2) {
        due.forEach(s -> s.forwarded(clock.instant()));
        lastFailure = null;
        return due.size();
      }
      LOG.log(
          Level.WARNING,
          "Learning record store answered {0}; {1} statements will be sent again",
          new Object[] {response.statusCode(), due.size()});
    } catch (java.io.IOException e) {
      LOG.log(
          Level.WARNING,
          "Learning record store not reached ({0}); {1} statements will be sent again",
          new Object[] {e.toString(), due.size()});
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    due.forEach(LearningStatement::forwardFailed);
    lastFailure = clock.instant();
    return 0;
  }

  /** Statements become due when their transaction commits. */
  @jakarta.enterprise.context.ApplicationScoped
  public static class Trigger {

    @Inject RecordStoreForwarding forwarding;
    @Inject Configuration configuration;

    public void onRecorded(
        @Observes(during = TransactionPhase.AFTER_SUCCESS) StatementRecorded recorded) {
      if (configuration.value("PARITY_LRS_URL").isPresent()) {
        forwarding.forwardSoon();
      }
    }
  }
}
