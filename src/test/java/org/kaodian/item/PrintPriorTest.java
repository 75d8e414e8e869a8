package org.kaodian.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaodian.Pipeline;
import org.kaodian.extract.Extractor;
import org.kaodian.ingest.Ingestor;
import org.kaodian.render.Templates;

/** The print prior: reproducible from the judged items, better than chance on reads it never saw, and used by papers. */
class PrintPriorTest {
  @Test
  void theShippedPriorIsTheFitOfTheJudgedItems() throws Exception {
    assertThat(PrintFit.fit(PrintFit.judged(), PrintFit.L2).weights()).isEqualTo(PrintPrior.standard().weights());
  }

  @Test
  void aPriorFittedWithoutAReadRanksThatReadsItemsBetterThanChance() throws Exception {
    PrintFit.CrossValidation cv = PrintFit.leaveOneReadOut(PrintFit.judged(), PrintFit.L2);
    assertThat(cv.auc()).isGreaterThan(0.58);
    assertThat(cv.betterHalfPrinted()).isGreaterThan(cv.allPrinted() + 0.05);
  }

  @Test
  void aShortStandingTermIsAskedBeforeAFigureTheRankerScoresHigher() throws Exception {
    var ex = Pipeline.extract(List.of(Ingestor.fromText("report.txt", "# 政府工作报告\n\n"
        + "2023年，全国城镇新增就业1244万人，年末城镇调查失业率为5.1%。\n\n"
        + "要完善落实“两个毫不动摇”的体制机制，支持民营经济发展壮大。\n")), Extractor.DEFAULT_THRESHOLD);
    assertThat(ex.statements()).hasSize(2);
    assertThat(ex.statements().get(0).text()).contains("1244万人");
    var paper = Pipeline.paper(ex, Templates.load(Path.of("question-templates")),
        new ItemGenerator.Selection(1, List.of(ItemType.FILL_BLANK), false), 7);
    assertThat(paper.items()).singleElement().satisfies(i -> assertThat(i.answers()).containsExactly("两个毫不动摇"));
  }
}
