package org.parity.network.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.parity.curriculum.domain.CurriculumVersion;
import org.parity.curriculum.domain.LinesConverter;
import org.parity.curriculum.domain.ModuleVersion;
import org.parity.curriculum.domain.VersionStatus;
import org.parity.identity.domain.EmailAddress;

/**
 * A local team inside a learning network: people from one place who bring a local problem and learn
 * together. It has one or two leads; people join by invitation (kept by address, so it works before
 * they have an account) and accept or decline; a facilitator closes it.
 */
@Entity
@NamedQuery(
    name = "Team.ofNetwork",
    query = "select t from Team t where t.network = :network order by t.status desc, t.name")
public class Team {

  public static final int MOST_MEMBERS = 12;
  public static final int MOST_LEADS = 2;

  public enum Status {
    OPEN,
    CLOSED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
  @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false)
  private LearningNetwork network;

  private String name;
  private String place;
  private String problem;

  @Convert(converter = LinesConverter.class)
  private List<String> priorityAreas = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  private Status status;

  private String createdBy;
  private Instant createdAt;
  private String closedBy;
  private Instant closedAt;

  @Version private long version;

  @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("invitedAt")
  private List<TeamMember> members = new ArrayList<>();

  @OneToMany(mappedBy = "team", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("enrolledAt")
  private List<TeamEnrolment> enrolments = new ArrayList<>();

  protected Team() {}

  /** A new team; whoever creates it is its first lead. */
  public Team(
      LearningNetwork network,
      String name,
      String place,
      String problem,
      List<String> priorityAreas,
      String creator,
      Instant now) {
    this.network = network;
    this.name = name.strip();
    this.place = place.strip();
    this.problem = problem.strip();
    this.priorityAreas = new ArrayList<>(priorityAreas);
    this.status = Status.OPEN;
    this.createdBy = EmailAddress.normalise(creator);
    this.createdAt = now;
    TeamMember first = new TeamMember(this, creator, creator, now);
    first.accept(now);
    first.makeLead();
    members.add(first);
  }

  /**
   * Invites someone by address; one who declined or left may be invited again. Refused on a closed
   * or full team, and for someone invited or in it already.
   */
  public TeamMember invite(String email, String by, Instant now) {
    requireOpen();
    Optional<TeamMember> known = member(email);
    if (known.isPresent() && known.get().isStanding()) {
      throw new NetworkException("Already in the team or invited.", "team.refusal.already");
    }
    if (members.stream().filter(TeamMember::isStanding).count() >= MOST_MEMBERS) {
      throw new NetworkException("A team has at most 12 people.", "team.refusal.full");
    }
    if (known.isPresent()) {
      known.get().inviteAgain(by, now);
      return known.get();
    }
    TeamMember invited = new TeamMember(this, email, by, now);
    members.add(invited);
    return invited;
  }

  /** The invited person accepts or declines; nobody else answers for them. */
  public TeamMember answer(String email, boolean accept, Instant now) {
    requireOpen();
    TeamMember invited =
        member(email)
            .filter(m -> m.getStatus() == TeamMember.Status.INVITED)
            .orElseThrow(
                () -> new NetworkException("No invitation to answer.", "team.refusal.notInvited"));
    if (accept) {
      invited.accept(now);
    } else {
      invited.decline(now);
    }
    return invited;
  }

  /**
   * Moves an active member into another open team of the same network (a facilitator's step); a
   * team keeps at least one lead, so its last lead moves only after making another.
   */
  public void moveTo(Team target, String email, String by, Instant now) {
    requireOpen();
    requireAnother(target);
    TeamMember member =
        member(email)
            .filter(TeamMember::isActive)
            .orElseThrow(
                () ->
                    new NetworkException(
                        "Only a member who joined moves.", "team.refusal.notActive"));
    if (member.isLead() && leads().size() <= 1) {
      throw new NetworkException("A team keeps at least one lead.", "team.refusal.lastLead");
    }
    if (target.isActiveMember(email)) {
      throw new NetworkException("Already in the team or invited.", "team.refusal.already");
    }
    target.admit(member.getEmail(), by, now);
    members.remove(member);
  }

  /**
   * Merges this team into another open team of the same network: its members join that team (as
   * members; its leads stay its leads), and this team closes. Refused when they would be more than
   * twelve.
   */
  public void mergeInto(Team target, String by, Instant now) {
    requireOpen();
    requireAnother(target);
    List<TeamMember> moving =
        active().stream().filter(m -> !target.isActiveMember(m.getEmail())).toList();
    long standing = target.members.stream().filter(TeamMember::isStanding).count();
    long invitedThere =
        moving.stream()
            .filter(m -> target.member(m.getEmail()).map(TeamMember::isStanding).orElse(false))
            .count();
    if (standing + moving.size() - invitedThere > MOST_MEMBERS) {
      throw new NetworkException("A team has at most 12 people.", "team.refusal.full");
    }
    moving.forEach(m -> target.admit(m.getEmail(), by, now));
    close(by, now);
  }

  /** Takes someone in as an active member at once (a facilitator moved them here). */
  private void admit(String email, String by, Instant now) {
    Optional<TeamMember> known = member(email);
    if (known.isEmpty() || !known.get().isStanding()) {
      invite(email, by, now);
    }
    member(email).orElseThrow().accept(now);
  }

  private void requireAnother(Team target) {
    target.requireOpen();
    boolean sameNetwork =
        target.network == network
            || (network.getId() != null && network.getId().equals(target.network.getId()));
    if (target == this || (id != null && id.equals(target.id)) || !sameNetwork) {
      throw new NetworkException(
          "Choose another open team of the network.", "team.refusal.otherTeam");
    }
  }

  /** Makes an active member a lead: a team has at most two. */
  public void makeLead(long memberId) {
    requireOpen();
    TeamMember member = byId(memberId);
    if (!member.isActive()) {
      throw new NetworkException("Only a member who joined leads.", "team.refusal.notActive");
    }
    if (!member.isLead() && leads().size() >= MOST_LEADS) {
      throw new NetworkException("A team has one or two leads.", "team.refusal.twoLeads");
    }
    member.makeLead();
  }

  /** A lead steps down, as long as another lead remains. */
  public void stepDown(long memberId) {
    requireOpen();
    TeamMember member = byId(memberId);
    if (member.isLead() && leads().size() <= 1) {
      throw new NetworkException("A team keeps at least one lead.", "team.refusal.lastLead");
    }
    member.stepDown();
  }

  /**
   * Enrols the team on a published curriculum (or, with {@code curriculum} null, a module) at that
   * version; a team is enrolled once on each, so a newer version is the members' own choice.
   */
  public TeamEnrolment enrol(
      CurriculumVersion curriculum, ModuleVersion module, String by, Instant now) {
    requireOpen();
    VersionStatus status = curriculum != null ? curriculum.getStatus() : module.getStatus();
    if (status != VersionStatus.PUBLISHED) {
      throw new NetworkException(
          "Only published learning can be taken.", "team.refusal.unpublished");
    }
    if (enrolments.stream().anyMatch(e -> e.covers(curriculum, module))) {
      throw new NetworkException("The team is enrolled on it already.", "team.refusal.enrolled");
    }
    TeamEnrolment enrolment = new TeamEnrolment(this, curriculum, module, by, now);
    enrolments.add(enrolment);
    return enrolment;
  }

  public void close(String by, Instant now) {
    requireOpen();
    status = Status.CLOSED;
    closedBy = EmailAddress.normalise(by);
    closedAt = now;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public boolean isLead(String email) {
    return member(email).map(TeamMember::isLead).orElse(false);
  }

  /** A lead who has joined: who may enrol the team and invite on its behalf. */
  public boolean isActiveLead(String email) {
    return member(email).map(m -> m.isLead() && m.isActive()).orElse(false);
  }

  public boolean isActiveMember(String email) {
    return member(email).map(TeamMember::isActive).orElse(false);
  }

  public Optional<TeamMember> member(String email) {
    String address = EmailAddress.normalise(email);
    return members.stream().filter(m -> m.getEmail().equals(address)).findFirst();
  }

  public List<TeamMember> leads() {
    return members.stream().filter(TeamMember::isLead).toList();
  }

  public List<TeamMember> active() {
    return members.stream().filter(TeamMember::isActive).toList();
  }

  /**
   * Whether two or more members all share one profession, so the team misses the mix it is for
   * (professions as the members' profiles give them; unknown ones do not count).
   */
  public static boolean oneProfession(Collection<String> professions) {
    List<String> known = professions.stream().filter(p -> p != null && !p.isBlank()).toList();
    return known.size() >= 2 && known.stream().distinct().count() == 1;
  }

  private TeamMember byId(long memberId) {
    return members.stream()
        .filter(m -> m.getId() != null && m.getId() == memberId)
        .findFirst()
        .orElseThrow(() -> new NetworkException("No such member.", "team.refusal.noMember"));
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new NetworkException("The team is closed.", "team.refusal.closed");
    }
  }

  public Long getId() {
    return id;
  }

  public LearningNetwork getNetwork() {
    return network;
  }

  public String getName() {
    return name;
  }

  public String getPlace() {
    return place;
  }

  public String getProblem() {
    return problem;
  }

  public List<String> getPriorityAreas() {
    return List.copyOf(priorityAreas);
  }

  public Status getStatus() {
    return status;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public List<TeamMember> getMembers() {
    return members;
  }

  public List<TeamEnrolment> getEnrolments() {
    return List.copyOf(enrolments);
  }
}
