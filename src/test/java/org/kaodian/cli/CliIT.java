package org.kaodian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliIT {
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void generateOnSeedsWritesWorksheetsDeckAndJson(@TempDir Path dir) throws Exception {
    Run r = run("generate", "seeds", "-o", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("items.json").anyMatch(n -> n.endsWith("-student.docx")).anyMatch(n -> n.endsWith("-teacher.docx"))
          .anyMatch(n -> n.endsWith(".xlsx"));
    }
    JsonNode json = new ObjectMapper().readTree(dir.resolve("items.json").toFile());
    assertThat(json.get("generator").asText()).startsWith("kaodian ");
    assertThat(json.get("seed").asLong()).isEqualTo(7);
    assertThat(json.get("items")).hasSize(30);
    JsonNode first = json.get("items").get(0);
    for (String field : new String[] {"id", "type", "kind", "stem", "answers", "explanation", "score", "source"}) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.get("source").has("document")).isTrue();
    assertThat(first.get("source").has("paragraph")).isTrue();
    assertThat(first.get("source").has("sentence")).isTrue();
  }

  @Test
  void formatAllWritesTheAnkiPackageAndTheQuizPage(@TempDir Path dir) throws Exception {
    Run r = run("generate", "seeds", "--format", "all", "--title", "理论测验", "-o", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("理论测验.apkg")).isNotEmptyFile();
    assertThat(dir.resolve("理论测验-quiz.html")).isNotEmptyFile();
    assertThat(Files.readString(dir.resolve("理论测验-quiz.html"))).startsWith("<!DOCTYPE html>");
  }

  @Test
  void aBrokenQuizTemplateStopsAnHtmlRunBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path templates = dir.resolve("templates");
    try (var files = Files.walk(Path.of("question-templates"))) {
      for (Path p : files.toList()) {
        Path target = templates.resolve(Path.of("question-templates").relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(templates.resolve("quiz/quiz.html.ftlh"), "<html>\n<#if>\n");
    Run r = run("generate", "seeds", "--format", "html,json", "--templates", templates.toString(),
        "-o", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("quiz.html.ftlh:2:");
    assertThat(dir.resolve("out/items.json")).doesNotExist();
    // Formats that do not use the page are not held up by it.
    Run json = run("generate", "seeds", "--format", "json", "--templates", templates.toString(),
        "-o", dir.resolve("out").toString());
    assertThat(json.code()).as(json.err()).isZero();
  }

  @Test
  void countAllGivesAllFourTypesAndTheSameSeedTheSameFile(@TempDir Path dir) throws Exception {
    assertThat(run("generate", "seeds", "--count", "all", "--format", "json", "-o", dir.resolve("a").toString()).code()).isZero();
    assertThat(run("generate", "seeds", "--count", "all", "--format", "json", "-o", dir.resolve("b").toString()).code()).isZero();
    String a = Files.readString(dir.resolve("a/items.json"));
    assertThat(a).isEqualTo(Files.readString(dir.resolve("b/items.json")));
    Set<String> types = new HashSet<>();
    new ObjectMapper().readTree(a).get("items").forEach(i -> types.add(i.get("type").asText()));
    assertThat(types).containsExactlyInAnyOrder("fill_blank", "single_choice", "multiple_choice", "true_false");
  }

  @Test
  void extractWritesRankedExplainedJson(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.json");
    Run r = run("extract", "seeds", "--json", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode statements = new ObjectMapper().readTree(out.toFile()).get("statements");
    assertThat(statements.size()).isGreaterThan(30);
    JsonNode s = statements.get(0);
    for (String field : new String[] {"kind", "score", "reason", "sentence", "answers", "source"}) {
      assertThat(s.has(field)).as(field).isTrue();
    }
    assertThat(s.get("answers").get(0).has("type")).isTrue();
    Run printed = run("extract", "seeds");
    assertThat(printed.out()).contains("【", "definition", "numeric", "formula");
  }

  @Test
  void exitCodesScriptsCanTrust(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("good.txt"), "新质生产力本身就是绿色生产力。今年是中华人民共和国成立75周年。");
    Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    Run partial = run("generate", dir.resolve("good.txt").toString(), dir.resolve("bad.txt").toString(),
        dir.resolve("missing.txt").toString(), "--format", "json", "-o", dir.resolve("out").toString());
    assertThat(partial.code()).isEqualTo(1);
    assertThat(partial.err()).contains("bad.txt", "binary").contains("missing.txt", "no such file");
    assertThat(dir.resolve("out/items.json")).exists();

    Run usage = run("generate", "--format", "pptx");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("unknown format 'pptx'");
    assertThat(run("generate", "--types", "essay").code()).isEqualTo(2);
    assertThat(run("--help").code()).isZero();
    assertThat(run("generate", "--help").out()).contains("--count", "--seed", "--templates", "--format");
  }

  @Test
  void benchPrintsEveryFigure() {
    Run r = run("bench", "seeds", "--passes", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("5 documents", "ingest+clean", "split", "extract", "items", "export docx",
        "export xlsx", "export json", "raw HanLP segmentation", "start-up", "peak heap");
  }

  @Test
  void brokenTemplateStopsBeforeAnyWork(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("t");
    Files.createDirectories(t);
    Files.writeString(t.resolve("fill_blank.ftl"), "<#if>");
    Run r = run("generate", "seeds", "--templates", t.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("fill_blank.ftl:1:").contains("single_choice.ftl", "missing");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
