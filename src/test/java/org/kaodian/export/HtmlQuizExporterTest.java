package org.kaodian.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaodian.item.Item;
import org.kaodian.item.ItemSource;
import org.kaodian.item.ItemType;

class HtmlQuizExporterTest {
  /** Item text that would run or break the page if it were ever treated as HTML or ended the script block. */
  static Item hostile() {
    return new Item("hostile", ItemType.SINGLE_CHOICE, "definition",
        "<script>window.pwned=1</script>属于（　　）。</script><!--",
        List.of("<img src=x onerror=\"window.pwned=2\">", "A & B", "\u2028换行", "\"引号\""),
        List.of("A & B"), "解析：<b>不加粗</b>", 0.5, "test",
        new ItemSource("evil.txt", "<i>标题</i>", 0, "原句", 0, 2));
  }

  @Test
  void fortySeedItemsMakeOneSelfContainedPageUnder300Kb(@TempDir Path dir) throws Exception {
    List<Item> items = new ArrayList<>(ExportFixtures.items(40));
    assertThat(items).hasSize(40);
    List<Path> written = new HtmlQuizExporter().export(
        new ExportRequest(items, dir, "测验", "理论学习测验", 7, 1, ExportFixtures.templates()));
    Path page = dir.resolve("测验-quiz.html");
    assertThat(written).containsExactly(page);
    long size = Files.size(page);
    System.out.println("html quiz, 40 items: " + size + " bytes");
    assertThat(size).isLessThan(300 * 1024);

    Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    assertThat(doc.title()).isEqualTo("理论学习测验");
    // Nothing from outside: no external scripts, styles, images, fonts or links to load.
    assertThat(doc.select("script[src], link, img, iframe, object, embed, audio, video")).isEmpty();
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    assertThat(doc.select("script:not([type])")).hasSize(1);

    JsonNode data = new ObjectMapper().readTree(doc.getElementById("quiz-items").data());
    assertThat(data).hasSize(40);
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      JsonNode n = data.get(k);
      assertThat(n.get("id").asText()).isEqualTo(i.id());
      assertThat(n.get("type").asText()).isEqualTo(i.type().id());
      assertThat(n.get("stem").asText()).isEqualTo(i.stem());
      assertThat(n.get("explanation").asText()).isEqualTo(i.explanation());
      assertThat(strings(n.get("answers"))).isEqualTo(i.answers());
      if (i.type().isChoice()) {
        assertThat(strings(n.get("options"))).isEqualTo(i.options());
      }
      if (i.type() == ItemType.TRUE_FALSE) {
        assertThat(strings(n.get("options"))).containsExactly("正确", "错误");
      }
    }
  }

  @Test
  void itemTextCannotLeaveTheJsonBlock(@TempDir Path dir) throws Exception {
    Item evil = hostile();
    new HtmlQuizExporter().export(new ExportRequest(List.of(evil), dir, "q", "<b>标题</b>", 7, 1,
        ExportFixtures.templates()));
    String html = Files.readString(dir.resolve("q-quiz.html"), StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(html);
    Element data = doc.getElementById("quiz-items");
    // The raw block holds no markup characters at all, so the browser's tokenizer cannot leave it early.
    assertThat(data.data()).doesNotContain("<").doesNotContain(">").doesNotContain("&")
        .contains("\\u003C").contains("\\u0026").doesNotContain("\u2028");
    JsonNode n = new ObjectMapper().readTree(data.data()).get(0);
    assertThat(n.get("stem").asText()).isEqualTo(evil.stem());
    assertThat(strings(n.get("options"))).isEqualTo(evil.options());
    assertThat(n.get("source").asText()).isEqualTo("《<i>标题</i>》");
    // The title goes through Freemarker's HTML escaping.
    assertThat(doc.title()).isEqualTo("<b>标题</b>");
    assertThat(doc.select("h1").text()).isEqualTo("<b>标题</b>");
    assertThat(doc.select("b, i, img")).isEmpty();
    assertThat(doc.select("script")).hasSize(3);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }
}
