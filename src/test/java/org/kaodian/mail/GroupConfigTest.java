package org.kaodian.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
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
  void theImapSectionAndReplyOptionsLoadWithDefaults(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("imap.pw"), "s3cret\n");
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, """
        group: g
        from: teacher@example.org
        members:
          - {name: 张三, email: zhangsan@example.org, leaderboard: false}
          - {name: 李四, email: lisi@example.org}
        imap: {host: imap.example.org, user: teacher, password_file: imap.pw}
        partial_credit: true
        """, StandardCharsets.UTF_8);
    GroupConfig c = GroupConfig.load(f);
    assertThat(c.imap().security()).isEqualTo(GroupConfig.Security.SSL);
    assertThat(c.imap().port()).isEqualTo(993);
    assertThat(c.imap().folder()).isEqualTo("INBOX");
    assertThat(c.imap().password()).isEqualTo("s3cret");
    assertThat(c.partialCredit()).isTrue();
    assertThat(c.members()).extracting(GroupConfig.Member::leaderboard).containsExactly(false, true);
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers: [{email: a@example.org}]\n"
        + "imap: {host: imap.example.org, security: starttls}\n");
    assertThat(GroupConfig.load(f).imap().port()).isEqualTo(143);
  }

  @Test
  void imapWithoutTlsIsOnlyForThisMachineAndBadValuesHaveLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers: [{email: a@example.org, leaderboard: maybe}]\n"
        + "imap: {host: imap.example.org, security: none, mailbox: x}\npartial_credit: 1\n");
    assertThatThrownBy(() -> GroupConfig.load(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("g.yaml:4: imap.security none is only allowed for a server on this machine")
        .hasMessageContaining("g.yaml:4: unknown key 'imap.mailbox'")
        .hasMessageContaining("g.yaml:3: members.leaderboard must be true or false")
        .hasMessageContaining("g.yaml:5: partial_credit must be true or false");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers: [{email: a@example.org}]\n"
        + "imap: {host: 127.0.0.1, port: 3143, security: none}\n");
    assertThat(GroupConfig.load(f).imap().port()).isEqualTo(3143);
  }

  @Test
  void weeksAreIsoWeeks() {
    assertThat(WeeklyMailer.isoWeek(java.time.LocalDate.of(2026, 11, 23))).isEqualTo("2026-W48");
    assertThat(WeeklyMailer.isoWeek(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    assertThat(WeeklyMailer.validWeek("2026-W48")).isTrue();
    assertThat(WeeklyMailer.validWeek("2026-48")).isFalse();
  }

  @Test
  void anAddressGroupIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers:\n"
        + "  - {name: 张三, email: zhangsan@example.org}\n"
        + "  - {name: x, email: \"list: attacker@example.org, a1@example.org;\"}\n"
        + "  - {name: y, email: \"a@example.org, b@example.org\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GroupConfig.load(f)).isInstanceOf(ConfigException.class).satisfies(e -> {
      List<String> p = ((ConfigException) e).problems();
      assertThat(p).anySatisfy(x -> assertThat(x).startsWith(f + ":5: ").contains("address group"));
      assertThat(p).anySatisfy(x -> assertThat(x).startsWith(f + ":6: ").contains("holds 2 addresses"));
    });
  }

  @Test
  void aDisplayNameInFromAndInTheRosterIsKeptApartFromTheAddress(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("members.csv"), "name,email\n,王五 <wangwu@example.org>\n赵六,\"\"\"Zhao Liu\"\" <zhaoliu@example.org>\"\n",
        StandardCharsets.UTF_8);
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: 老师 <teacher@example.org>\nroster: members.csv\n", StandardCharsets.UTF_8);
    GroupConfig c = GroupConfig.load(f);
    assertThat(c.fromAddress()).isEqualTo("teacher@example.org");
    assertThat(c.from().getPersonal()).isEqualTo("老师");
    assertThat(c.members()).extracting(GroupConfig.Member::email).containsExactly("wangwu@example.org", "zhaoliu@example.org");
    // The name column wins over a name inside the address; an empty one lets the address's name stand.
    assertThat(c.members()).extracting(GroupConfig.Member::name).containsExactly("王五", "赵六");
    assertThat(c.members().get(0).address().getPersonal()).isEqualTo("王五");
  }

  @Test
  void aCaseOnlyDuplicateIsOneMemberWithAWarningNamingBothLines(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("members.csv"), "name,email\n王五,wangwu@example.org\nZhang San,ZhangSan@Example.org\n",
        StandardCharsets.UTF_8);
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers:\n  - {name: 张三, email: zhangsan@example.org}\n"
        + "roster: members.csv\n", StandardCharsets.UTF_8);
    GroupConfig c = GroupConfig.load(f);
    assertThat(c.members()).extracting(GroupConfig.Member::email).containsExactly("zhangsan@example.org", "wangwu@example.org");
    assertThat(c.warnings()).singleElement().asString()
        .startsWith(dir.resolve("members.csv") + ":3: ").contains("ZhangSan@Example.org", f + ":4", "merged");
  }

  @Test
  void aBadAddressAfterAnEmptyRosterLineNamesTheFileLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("members.csv"), "name,email\n王五,wangwu@example.org\n\n赵六,zhaoliu@example.org\n孙七,sunqi@\n",
        StandardCharsets.UTF_8);
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nroster: members.csv\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GroupConfig.load(f)).isInstanceOf(ConfigException.class)
        .hasMessageContaining(dir.resolve("members.csv") + ":5: invalid e-mail address 'sunqi@'");
  }

  @Test
  void securityIsAnEnumWithItsDefaultPort(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, "group: g\nfrom: teacher@example.org\nmembers: [{name: a, email: a@example.org}]\n"
        + "smtp: {host: h, security: SSL}\n", StandardCharsets.UTF_8);
    GroupConfig c = GroupConfig.load(f);
    assertThat(c.smtp().security()).isEqualTo(GroupConfig.Security.SSL);
    assertThat(c.smtp().port()).isEqualTo(465);
    assertThat(c.smtp().timeoutMillis()).isEqualTo(GroupConfig.DEFAULT_TIMEOUT_MS);
  }

  @Test
  void wrongShapesAndUnknownNestedKeysAreAllReportedWithTheirLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.yaml");
    Files.writeString(f, """
        group: g
        from: [teacher@example.org]
        members:
          - zhangsan@example.org
          - {name: 李四, email: lisi@example.org}
        send: MONDAY
        smtp: {host: h, prot: 25}
        items_per_week: many
        """, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GroupConfig.load(f)).isInstanceOf(ConfigException.class).satisfies(e -> {
      List<String> p = ((ConfigException) e).problems();
      assertThat(p).containsExactlyInAnyOrder(
          f + ":2: from: expected a single value",
          f + ":4: each member needs name and email: {name: 张三, email: zhangsan@example.org}",
          f + ":6: send must be a mapping such as {day: MONDAY, time: \"08:00\", zone: Asia/Shanghai}",
          f + ":7: unknown key 'smtp.prot' (known: host, password_env, password_file, port, retries, retry_delay_ms,"
              + " security, timeout_ms, user)",
          f + ":8: items_per_week must be a whole number");
    });
  }
}
