package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** What a post said before one of its author's edits; facilitators read these. */
@Entity
@Table(name = "forum_post_revision")
@NamedQuery(
    name = "PostRevision.findByPosts",
    query = "select r from PostRevision r where r.post.id in :posts order by r.replacedAt")
public class PostRevision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_revision_seq")
  @SequenceGenerator(
      name = "forum_post_revision_seq",
      sequenceName = "forum_post_revision_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ForumPost post;

  private String markdown;
  private Instant writtenAt;
  private Instant replacedAt;

  protected PostRevision() {}

  PostRevision(ForumPost post, String markdown, Instant writtenAt, Instant replacedAt) {
    this.post = post;
    this.markdown = markdown;
    this.writtenAt = writtenAt;
    this.replacedAt = replacedAt;
  }

  public ForumPost getPost() {
    return post;
  }

  public String getMarkdown() {
    return markdown;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public Instant getReplacedAt() {
    return replacedAt;
  }
}
