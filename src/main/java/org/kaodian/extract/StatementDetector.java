package org.kaodian.extract;

import java.util.List;

/** One small rule that recognises a kind of key statement and says why it fired. */
public interface StatementDetector {
  /** Detections in the sentence; empty when the detector does not fire. */
  List<Detection> detect(AnalyzedSentence sentence);
}
