package org.kaodian.item;

import java.util.ArrayList;
import java.util.List;
import org.kaodian.extract.AnswerSpan;
import org.kaodian.extract.AnswerType;
import org.kaodian.extract.Statement;

/** Finds the parallel list among a statement's answers: formula elements separated only by 、. */
final class ListSpans {
  private ListSpans() {}

  static List<AnswerSpan> contiguousList(Statement s) {
    List<AnswerSpan> run = new ArrayList<>();
    List<AnswerSpan> best = List.of();
    for (AnswerSpan a : s.answers()) {
      if (a.type() != AnswerType.FORMULA) {
        continue;
      }
      if (!run.isEmpty()) {
        AnswerSpan prev = run.get(run.size() - 1);
        String between = a.start() >= prev.end() ? s.text().substring(prev.end(), a.start()) : "x";
        if (!between.matches("[”“]?、[“”]?")) {
          run = new ArrayList<>();
        }
      }
      run.add(a);
      if (run.size() > best.size()) {
        best = List.copyOf(run);
      }
    }
    return best.size() >= 3 ? best : List.of();
  }
}
