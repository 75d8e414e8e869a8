package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupConfigTest {
  @Test
  void theShapeFromTheIssueLoadsWithARosterAndAPasswordFile(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("members.csv"), "name,email\n王五,wangwu@example.org\n赵六,zhaoliu@example.org\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("pw.txt"), "s3cret\n");
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, """
        group: 理论学习小组
        from: teacher@example.org
        members:
          - {name: 张三, email: zhangsan@example.org}
        roster: members.csv
        inputs: [seeds]
        items_per_week: 5
        send: {day: FRIDAY, time: "19:30", zone: Asia/Shanghai}
        smtp: {host: 127.0.0.1, port: 3025, security: none, user: teacher, password_file: pw.txt}
        store: exports/kaodian.db
        """, StandardCharsets.UTF_8);
    GroupConfig c = GroupConfig.load(f);
    assertThat(c.members()).extracting(GroupConfig.Member::email)
        .containsExactly("zhangsan@example.org", "wangwu@example.org", "zhaoliu@example.org");
    assertThat(c.day()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(c.smtp().password()).isEqualTo("s3cret");
    assertThat(c.smtp().retries()).isEqualTo(3);
    assertThat(c.outbox()).isEqualTo(Path.of("exports/outbox/理论学习小组"));
    // The next send is this Friday 19:30 Shanghai time, or next week's once it has passed.
    ZonedDateTime monday = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));
    WeeklyMailer m = new WeeklyMailer(c, null, null, java.time.Clock.systemUTC());
    assertThat(m.nextSend(monday)).isEqualTo(ZonedDateTime.of(2026, 11, 27, 19, 30, 0, 0, ZoneId.of("Asia/Shanghai")));
    assertThat(m.nextSend(monday.plusDays(5))).isEqualTo(ZonedDateTime.of(2026, 12, 4, 19, 30, 0, 0, ZoneId.of("Asia/Shanghai")));
  }

  @Test
  void aBadRosterLineIsReportedWithItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("members.csv"), "name,email\n王五,wangwu@example.org\n赵六,not-an-address\n");
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nroster: members.csv\nsmtp: {host: h, security: tls}\n");
    assertThatThrownBy(() -> GroupConfig.load(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("members.csv:3: invalid e-mail address 'not-an-address'")
        .hasMessageContaining("g.yaml:4: smtp.security must be starttls, ssl or none");
  }

  @Test
  void weeksAreIsoWeeks() {
    assertThat(WeeklyMailer.isoWeek(java.time.LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
    assertThat(WeeklyMailer.isoWeek(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    assertThat(WeeklyMailer.validWeek("2026-W48")).isTrue();
    assertThat(WeeklyMailer.validWeek("2026-48")).isFalse();
  }
}
