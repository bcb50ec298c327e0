package org.parity.learning.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parity.learning.application.LearningService;
import org.parity.learning.application.LearningViews.AttemptOutcome;
import org.parity.learning.application.LearningViews.AttemptQuestionView;
import org.parity.learning.application.LearningViews.AttemptView;
import org.parity.learning.application.LearningViews.OptionView;
import org.parity.learning.application.LearningViews.PlayerView;
import org.parity.learning.domain.LearningException;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The player at /learn/{enrolmentId}: shows one unit and passes each step to the learning service
 * as the learner takes it (answers and reflections are saved as they are given).
 */
@Named
@ViewScoped
public class Player implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LearningService learning;
  @Inject PageMessages messages;

  private Long enrolmentId;
  private Long unitId;
  private PlayerView view;
  private String reflection;
  private final Map<Long, String> single = new HashMap<>();
  private final Map<Long, List<String>> multiple = new HashMap<>();

  /**
   * Opens the enrolment at the unit asked for, or where the learner left off; 404 if not theirs.
   */
  public void load() {
    if (enrolmentId == null) {
      PageAddress.notFound();
      return;
    }
    try {
      refresh();
    } catch (EJBAccessException | LearningException e) {
      PageAddress.notFound();
    }
  }

  private void refresh() {
    view = learning.player(enrolmentId, unitId);
    unitId = view.unit().id();
    reflection = view.unit().reflection();
    single.clear();
    multiple.clear();
    var quiz = view.unit().quiz();
    if (quiz != null && quiz.open() != null) {
      for (AttemptQuestionView q : quiz.open().questions()) {
        List<String> chosen =
            q.options().stream()
                .filter(OptionView::selected)
                .map(o -> String.valueOf(o.index()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (q.multiple()) {
          multiple.put(q.questionId(), chosen);
        } else {
          single.put(q.questionId(), chosen.isEmpty() ? null : chosen.get(0));
        }
      }
    }
  }

  /** Text and video units: done, then on to the next unit. */
  public void markDone() {
    if (step(() -> learning.markDone(enrolmentId, unitId))) {
      goNext();
    }
  }

  /** Saves the reflection as it is typed (no message: the page shows when it was saved). */
  public void saveReflection() {
    step(() -> learning.reflect(enrolmentId, unitId, reflection));
  }

  public void finishReflection() {
    if (step(() -> learning.reflect(enrolmentId, unitId, reflection))
        && step(() -> learning.markDone(enrolmentId, unitId))) {
      goNext();
    }
  }

  public void startAttempt() {
    step(() -> learning.startAttempt(enrolmentId, unitId));
  }

  /** Saves the answer to one question the moment it is chosen. */
  public void answer(long questionId) {
    AttemptView open = view.unit().quiz().open();
    Set<Integer> chosen =
        (multiple.containsKey(questionId)
                ? multiple.get(questionId).stream()
                : java.util.stream.Stream.ofNullable(single.get(questionId)))
            .map(Integer::valueOf)
            .collect(Collectors.toSet());
    if (open == null || chosen.isEmpty()) {
      return;
    }
    step(() -> learning.answer(enrolmentId, open.id(), questionId, chosen));
  }

  public void submitAttempt() {
    AttemptView open = view.unit().quiz().open();
    if (open == null) {
      return;
    }
    long unanswered = open.questions().stream().filter(q -> !isAnswered(q)).count();
    if (unanswered > 0) {
      messages.error("learn.quiz.unanswered", unanswered);
      return;
    }
    AttemptOutcome[] outcome = new AttemptOutcome[1];
    if (step(() -> outcome[0] = learning.submit(enrolmentId, open.id()))) {
      AttemptOutcome result = outcome[0];
      if (result.passed()) {
        messages.info("learn.quiz.passed", result.score(), result.total());
      } else {
        messages.error("learn.quiz.failed", result.score(), result.total());
      }
    }
  }

  private boolean isAnswered(AttemptQuestionView q) {
    return q.multiple()
        ? !multiple.getOrDefault(q.questionId(), List.of()).isEmpty()
        : single.get(q.questionId()) != null;
  }

  public void moveToNewest() {
    if (view.newerVersion() == null) {
      return;
    }
    int number = view.newerVersion().number();
    if (step(() -> learning.moveToNewest(enrolmentId))) {
      messages.info("learn.moved", number);
      messages.keepForNextPage();
      PageAddress.redirect("/learn/" + enrolmentId);
    }
  }

  private void goNext() {
    if (view.nextUnitId() != null) {
      PageAddress.redirect("/learn/" + enrolmentId + "?unit=" + view.nextUnitId());
    } else if (view.completed()) {
      messages.keepForNextPage();
      PageAddress.redirect("/learn/" + enrolmentId + "?unit=" + unitId);
    }
  }

  /** Runs one step and reloads the view; says on the page why a step was refused. */
  private boolean step(Runnable action) {
    try {
      action.run();
      return true;
    } catch (OutOfTurn e) {
      messages.refused(e);
      return false;
    } catch (EJBAccessException e) {
      messages.error("error.403.text");
      return false;
    } catch (jakarta.ejb.EJBException e) {
      // Most often the same step from another tab at the same moment: the page reloads its state.
      messages.error("learn.conflict");
      return false;
    } finally {
      refresh();
    }
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public void setEnrolmentId(Long enrolmentId) {
    this.enrolmentId = enrolmentId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public PlayerView getView() {
    return view;
  }

  public String getReflection() {
    return reflection;
  }

  public void setReflection(String reflection) {
    this.reflection = reflection;
  }

  public Map<Long, String> getSingle() {
    return single;
  }

  public Map<Long, List<String>> getMultiple() {
    return multiple;
  }
}
