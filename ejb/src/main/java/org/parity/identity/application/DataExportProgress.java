package org.parity.identity.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.parity.identity.domain.DataExport;
import org.parity.identity.infrastructure.DataExports;
import org.parity.platform.Configuration;
import org.parity.platform.health.ScheduledWork;
import org.parity.platform.mail.MailOutbox;

/**
 * The steps of making a copy, each committed at once (the maker runs outside a transaction), and
 * the hourly clearing of archives past their week.
 */
@Stateless
@ScheduledWork
public class DataExportProgress {

  /** What the maker needs to know of a request. */
  public record Job(long accountId, String person) {}

  @Inject DataExports exports;
  @Inject MailOutbox outbox;
  @Inject Configuration configuration;
  @Inject Clock clock;

  public Job job(long exportId) {
    DataExport export = exports.byId(exportId).orElseThrow();
    return new Job(export.getAccount().getId(), export.getAccount().getEmail());
  }

  public void partDone(long exportId, int done) {
    exports.byId(exportId).ifPresent(e -> e.partDone(done));
  }

  public void ready(long exportId, byte[] archive, String pageBase) {
    DataExport export = exports.byId(exportId).orElseThrow();
    export.ready(archive, clock.instant());
    String link = configuration.baseUrl().orElse(pageBase) + "/me/data";
    boolean own = export.getRequestedBy().equals(export.getAccount().getEmail());
    outbox.enqueue(
        export.getRequestedBy(),
        own ? "Your copy of your Parity data is ready" : "The copy of personal data is ready",
        "Hello,\n\nThe copy of "
            + (own ? "your data" : "the data of " + export.getAccount().getEmail())
            + " that you asked for is ready. Sign in and download it here within seven days:\n\n"
            + link
            + "\n\nAfter that it is deleted; you can ask for a new copy at any time.\n\nParity",
        link);
  }

  public void failed(long exportId) {
    exports.byId(exportId).ifPresent(e -> e.failed(clock.instant()));
  }

  /**
   * Archives past their week go (the record that a copy was made stays), and a copy whose maker was
   * lost with its server is marked failed, so the page stops waiting for it.
   */
  @Schedule(hour = "*", minute = "17", persistent = false)
  public void clearExpired() {
    for (long id : exports.expiredBy(clock.instant())) {
      exports.byId(id).ifPresent(DataExport::expire);
    }
    for (long id : exports.stuckSince(clock.instant().minus(DataExport.LONGEST_MAKING))) {
      failed(id);
    }
  }
}
