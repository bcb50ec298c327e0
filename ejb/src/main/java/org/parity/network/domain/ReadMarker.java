package org.parity.network.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * How far a member has read a thread: the number of the last post they have seen. Cached: every
 * page a member opens reads it, and it changes only when they read further.
 */
@Entity
@Cacheable
@Table(name = "forum_read_marker")
@NamedQuery(
    name = "ReadMarker.findForThreads",
    query =
        "select m from ReadMarker m where m.id.accountId = :account and m.id.threadId in :threads")
public class ReadMarker {

  @Embeddable
  public record Key(
      @Column(name = "thread_id") long threadId, @Column(name = "account_id") long accountId)
      implements Serializable {}

  @EmbeddedId private Key id;

  private int lastRead;

  protected ReadMarker() {}

  public ReadMarker(long threadId, long accountId, int lastRead) {
    this.id = new Key(threadId, accountId);
    this.lastRead = lastRead;
  }

  /** Reading an earlier page never makes later posts unread again. */
  public void readUpTo(int number) {
    lastRead = Math.max(lastRead, number);
  }

  public Key getId() {
    return id;
  }

  public int getLastRead() {
    return lastRead;
  }
}
