package org.parity.network.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.parity.identity.domain.Account;

/** What one member wrote in a thread: the Markdown as typed and the sanitised HTML shown. */
@Entity
@NamedQuery(
    name = "ForumPost.findPage",
    query =
        "select p from ForumPost p join fetch p.author where p.thread = :thread and p.number"
            + " between :first and :last order by p.number")
public class ForumPost {

  public static final int LIMIT = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_post_seq")
  @SequenceGenerator(name = "forum_post_seq", sequenceName = "forum_post_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private ForumThread thread;

  private int number;

  @ManyToOne(optional = false)
  private Account author;

  private String markdown;
  private String html;
  private Instant createdAt;

  protected ForumPost() {}

  ForumPost(
      ForumThread thread, int number, Account author, String markdown, String html, Instant now) {
    this.thread = thread;
    this.number = number;
    this.author = author;
    this.markdown = markdown;
    this.html = html;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public int getNumber() {
    return number;
  }

  public Account getAuthor() {
    return author;
  }

  public String getMarkdown() {
    return markdown;
  }

  public String getHtml() {
    return html;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
