package org.kaodian.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.ItemType;

class TemplatesTest {
  private static void copyShipped(Path to) throws Exception {
    for (String name : Templates.REQUIRED) {
      Path target = to.resolve(name);
      Files.createDirectories(target.getParent());
      Files.copy(Path.of("question-templates").resolve(name), target);
    }
  }

  @Test
  void shippedTemplatesLoadAndRender() throws Exception {
    Templates t = Templates.load(Path.of("question-templates"));
    String stem = t.stem(ItemType.FILL_BLANK, Map.of("sentence", "新质生产力本身就是______。",
        "source", Map.of("title", "理论学习", "document", "x.txt", "paragraph", 1)));
    assertThat(stem).isEqualTo("新质生产力本身就是______。");
    assertThat(t.trueFalseWords()).containsExactly("正确", "错误");
  }

  @Test
  void aTeacherChangesWordingWithoutJava(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Files.writeString(dir.resolve("single_choice.ftl"), "根据《${source.title}》，${sentence}", StandardCharsets.UTF_8);
    Templates t = Templates.load(dir);
    assertThat(t.stem(ItemType.SINGLE_CHOICE, Map.of("sentence", "就业是（　　）。",
        "source", Map.of("title", "政府工作报告", "document", "x", "paragraph", 0))))
        .isEqualTo("根据《政府工作报告》，就业是（　　）。");
  }

  @Test
  void brokenTemplateIsReportedWithFileLineAndColumn(@TempDir Path dir) throws Exception {
    copyShipped(dir);
    Files.writeString(dir.resolve("true_false.ftl"), "第一行\n${sentence\n", StandardCharsets.UTF_8);
    Files.delete(dir.resolve("explanation.ftl"));
    assertThatThrownBy(() -> Templates.load(dir)).isInstanceOf(TemplateException.class)
        .satisfies(e -> {
          List<String> problems = ((TemplateException) e).problems();
          assertThat(problems).anySatisfy(p -> assertThat(p).matches(".*true_false\\.ftl:\\d+:\\d+: template syntax error.*"));
          assertThat(problems).anySatisfy(p -> assertThat(p).contains("explanation.ftl", "missing"));
        });
  }

  @Test
  void htmlTemplatesAreEscapedPlainOnesAreNot(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.ftlh"), "<p>${x}</p>", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("a.ftl"), "${x}", StandardCharsets.UTF_8);
    Templates t = Templates.load(dir, List.of("a.ftlh", "a.ftl"));
    assertThat(t.render("a.ftlh", Map.of("x", "<b>两个确立</b>"))).isEqualTo("<p>&lt;b&gt;两个确立&lt;/b&gt;</p>");
    assertThat(t.render("a.ftl", Map.of("x", "<b>两个确立</b>"))).isEqualTo("<b>两个确立</b>");
  }
}
