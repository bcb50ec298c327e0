package org.parity.identity.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.identity.infrastructure.PersonalData;
import org.parity.identity.infrastructure.PersonalData.Part;
import org.parity.identity.infrastructure.PersonalData.Rows;
import org.parity.identity.infrastructure.PersonalDataArchive;

/**
 * Makes a requested copy in the background, once the request has committed: each part read in a
 * transaction of its own and counted, so the page's progress bar moves, then the archive kept and
 * whoever asked mailed. A failure marks the copy failed; the person can ask again.
 */
@Stateless
public class DataExportMaker {

  private static final Logger LOG = Logger.getLogger(DataExportMaker.class.getName());

  @Inject PersonalData data;
  @Inject DataExportProgress progress;
  @Inject Clock clock;

  @Resource SessionContext context;

  public void onRequested(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) DataExportRequested request) {
    context.getBusinessObject(DataExportMaker.class).make(request.exportId(), request.pageBase());
  }

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void make(long exportId, String pageBase) {
    try {
      DataExportProgress.Job job = progress.job(exportId);
      List<Rows> parts = new ArrayList<>();
      for (Part part : PersonalData.PARTS) {
        parts.add(data.of(part, job.accountId()));
        progress.partDone(exportId, parts.size());
      }
      progress.ready(
          exportId, PersonalDataArchive.zip(job.person(), clock.instant(), parts), pageBase);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Copy of personal data " + exportId + " failed", e);
      progress.failed(exportId);
    }
  }
}
