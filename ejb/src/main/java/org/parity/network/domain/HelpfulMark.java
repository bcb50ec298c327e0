package org.parity.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One member found one post helpful; the key makes it once per member. */
@Entity
@Table(name = "forum_post_helpful")
@NamedQuery(
    name = "HelpfulMark.findMine",
    query =
        "select p.number from HelpfulMark h, ForumPost p where h.id.postId = p.id"
            + " and h.id.accountId = :account and p.thread = :thread"
            + " and p.number between :first and :last")
public class HelpfulMark {

  @Embeddable
  public record Key(
      @Column(name = "post_id") long postId, @Column(name = "account_id") long accountId)
      implements Serializable {}

  @EmbeddedId private Key id;

  protected HelpfulMark() {}

  public HelpfulMark(long postId, long accountId) {
    this.id = new Key(postId, accountId);
  }

  public Key getId() {
    return id;
  }
}
