package org.parity.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.parity.search.application.IndexStatus;
import org.parity.search.infrastructure.SearchIndex;

/** The "Rebuild the search index" button on /admin and its progress bar. */
@Named
@RequestScoped
public class SearchIndexAdmin {

  @Inject SearchIndex index;
  private IndexStatus status;

  public void rebuild() {
    status = index.rebuild();
  }

  public IndexStatus getStatus() {
    if (status == null) {
      status = index.status();
    }
    return status;
  }

  public int getPercent() {
    return getStatus().percent();
  }

  public boolean isStarted() {
    return getStatus().startedAt() != null;
  }
}
