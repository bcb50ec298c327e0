package org.parity.search.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.parity.casestudy.domain.CaseStudy;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.network.domain.ForumThread;
import org.parity.network.domain.LibraryResource;
import org.parity.platform.Configuration;
import org.parity.platform.health.TimerClaims;
import org.parity.search.application.IndexStatus;

/**
 * The search index: Lucene's under the server's data folder, or OpenSearch's shared by every node.
 * Changes to entities reach it by themselves (Hibernate Search listens to every transaction); this
 * bean fills it when it is empty or out of step with the database at start, and rebuilds it when an
 * administrator asks.
 *
 * <p>An administrator's rebuild replaces documents in place (no purge first), so searches keep
 * finding everything while it runs; the price is that a document whose entity vanished behind
 * Hibernate's back (a hand-edited database) survives until the next start, when the count check
 * below catches it and the mass indexer rebuilds from scratch.
 */
@Singleton
@Startup
@DependsOn({"StarterCaseStudies", "StarterDiscussions", "StarterLibrary"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  static final List<Class<?>> INDEXED =
      List.of(CaseStudy.class, ModuleVersion.class, ForumThread.class, LibraryResource.class);

  private static final int BATCH = 100;

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject IndexRefresh refresh;
  @Resource ManagedExecutorService executor;

  private volatile IndexProgress progress;
  private volatile Instant startedAt;
  private volatile Instant finishedAt;
  private volatile String failure;
  private volatile CompletionStage<?> massIndexing;

  /**
   * Raise when the index's fields change: a start that finds an index of another version drops it
   * and builds it again, as Lucene refuses to mix the old fields with the new.
   */
  static final String MAPPING_VERSION = "6";

  @PostConstruct
  void fillIfNeeded() {
    try {
      if (onOpenSearch()) {
        fillSharedIfNeeded();
        return;
      }
      if (!MAPPING_VERSION.equals(storedVersion())) {
        LOG.info("Search index made by another version of Parity: rebuilding it from scratch");
        start(false, true);
        return;
      }
      long indexed = indexedCount();
      long stored = storedCount();
      if (indexed != stored) {
        LOG.info(
            "Search index holds " + indexed + " documents for " + stored + " entities: rebuilding");
        start(indexed > 0, false);
      }
    } catch (RuntimeException e) {
      // Search must never stop Parity from starting; the administrator can rebuild from /admin.
      LOG.log(Level.WARNING, "Could not check the search index", e);
    }
  }

  /**
   * On OpenSearch the index is every node's, and outbox polling brings each node's changes to it:
   * only the node that records a new mapping version first rebuilds it from scratch (the others
   * would drop it under that node's feet); a node finding it empty beside a full database (a new
   * OpenSearch) fills it. A count that differs for a moment is normal there (events on their way).
   */
  private void fillSharedIfNeeded() {
    boolean newVersion;
    try {
      newVersion = refresh.recordMappingVersion(MAPPING_VERSION, TimerClaims.node());
    } catch (EJBException | PersistenceException recordedByAnotherNode) {
      newVersion = false;
    }
    if (newVersion) {
      LOG.info("Search index on OpenSearch is for another mapping version: rebuilding it");
      start(false, true);
    } else if (indexedCount() == 0 && storedCount() > 0) {
      LOG.info("Search index on OpenSearch is empty: filling it");
      start(false, false);
    }
  }

  /**
   * Makes OpenSearch's indexes again if they were lost since this node started (Hibernate Search
   * makes or updates them as Parity starts, see persistence.xml); the in-place rebuild does not.
   */
  private void makeSharedIndexes() {
    Search.mapping(em.getEntityManagerFactory()).scope(INDEXED).schemaManager().createOrUpdate();
  }

  /** PARITY_SEARCH_BACKEND=opensearch (persistence.xml reads the same variable). */
  static boolean onOpenSearch() {
    return new Configuration()
        .value("PARITY_SEARCH_BACKEND")
        .map("opensearch"::equalsIgnoreCase)
        .orElse(false);
  }

  private long indexedCount() {
    return session().search(INDEXED).where(f -> f.matchAll()).fetchTotalHitCount();
  }

  private long storedCount() {
    long stored = 0;
    for (Class<?> type : INDEXED) {
      stored +=
          em.createQuery("select count(e) from " + type.getSimpleName() + " e", Long.class)
              .getSingleResult();
    }
    return stored;
  }

  /**
   * Starts a rebuild in the background unless one is running; answers its status. Documents are
   * replaced one batch at a time ({@link IndexRefresh}), so searches keep their full results.
   */
  @RolesAllowed("ADMIN")
  public IndexStatus rebuild() {
    if (onOpenSearch()) {
      // OpenSearch may have lost its indexes since this node started.
      makeSharedIndexes();
    }
    synchronized (this) {
      if (progress == null || finishedAt != null) {
        IndexProgress run = new IndexProgress();
        progress = run;
        startedAt = clock.instant();
        finishedAt = null;
        failure = null;
        executor.execute(() -> refresh(run));
      }
    }
    return status();
  }

  private void refresh(IndexProgress run) {
    try {
      Map<Class<?>, List<Long>> all = new LinkedHashMap<>();
      for (Class<?> type : INDEXED) {
        List<Long> ids = refresh.ids(type);
        all.put(type, ids);
        run.addToTotalCount(ids.size());
      }
      for (var entry : all.entrySet()) {
        List<Long> ids = entry.getValue();
        for (int from = 0; from < ids.size(); from += BATCH) {
          List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
          refresh.reindex(entry.getKey(), new ArrayList<>(batch));
          run.documentsAdded(batch.size());
        }
      }
      run.indexingCompleted();
      LOG.info("Search index refreshed: " + run.added() + " documents");
    } catch (RuntimeException e) {
      failure = "The rebuild stopped: " + e.getMessage();
      LOG.log(Level.WARNING, "Search index rebuild failed", e);
    } finally {
      finishedAt = clock.instant();
    }
  }

  /** Whether a rebuild is under way; harmless to tell anyone. */
  @PermitAll
  public boolean rebuilding() {
    return progress != null && finishedAt == null;
  }

  @RolesAllowed("ADMIN")
  public IndexStatus status() {
    IndexProgress current = progress;
    if (current == null) {
      return IndexStatus.never();
    }
    boolean running = finishedAt == null;
    return new IndexStatus(
        running,
        running ? Math.min(current.percent(), 99) : (failure == null ? 100 : current.percent()),
        current.added(),
        current.total(),
        startedAt,
        finishedAt,
        failure);
  }

  private synchronized void start(boolean purgeFirst, boolean dropFirst) {
    IndexProgress run = new IndexProgress();
    progress = run;
    startedAt = clock.instant();
    finishedAt = null;
    failure = null;
    CompletionStage<?> running =
        Search.mapping(em.getEntityManagerFactory())
            .scope(INDEXED)
            .massIndexer()
            .purgeAllOnStart(purgeFirst)
            .dropAndCreateSchemaOnStart(dropFirst)
            .threadsToLoadObjects(1)
            .batchSizeToLoadObjects(50)
            // One segment to search instead of one per batch the indexer wrote.
            .mergeSegmentsOnFinish(true)
            .monitor(run)
            .start();
    massIndexing =
        running.whenComplete(
            (ok, error) -> {
              if (error != null) {
                failure = "The rebuild stopped: " + error.getMessage();
                LOG.log(Level.WARNING, "Search index rebuild failed", error);
              } else {
                LOG.info("Search index rebuilt: " + run.added() + " documents");
                if (!onOpenSearch()) {
                  storeVersion();
                }
              }
              finishedAt = clock.instant();
            });
  }

  /**
   * A rebuild still running when Parity stops is let finish (for a while): stopped half-way, its
   * agent would stay registered in hsearch_agent and hold every node's indexing until it expires.
   */
  @PreDestroy
  void finishRebuild() {
    CompletionStage<?> running = massIndexing;
    if (running != null) {
      try {
        running.toCompletableFuture().get(60, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        LOG.warning("Stopping with the search index rebuild unfinished: " + e);
      }
    }
  }

  /** Beside the indexes, under the server's data folder (see persistence.xml). */
  private static Path versionFile() {
    return Path.of(System.getProperty("jboss.server.data.dir", "."), "parity-index", "version");
  }

  private static String storedVersion() {
    try {
      return Files.exists(versionFile()) ? Files.readString(versionFile()).strip() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void storeVersion() {
    try {
      Files.createDirectories(versionFile().getParent());
      Files.writeString(versionFile(), MAPPING_VERSION);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not record the search index version", e);
    }
  }

  private SearchSession session() {
    return Search.session(em);
  }
}
