-- Members' replies to the weekly quiz. Each reply is handled once per group: the primary key on its
-- key (its Message-ID, or the mailbox's UIDVALIDITY and UID when it has none) is what makes a second
-- --collect skip it. outcome says what became of it: GRADED, LATE, UNSUBSCRIBE, NOT_MEMBER, FORGED,
-- UNMATCHED, OVERSIZED.
CREATE TABLE replies (group_name TEXT NOT NULL, reply_key TEXT NOT NULL, member TEXT, week TEXT,
  received_ms BIGINT NOT NULL, outcome TEXT NOT NULL, detail TEXT, PRIMARY KEY (group_name, reply_key));

-- The grade that counts for a member-week: the latest reply received before the next quiz. A later
-- reply replaces it (an upsert that keeps the newer received_ms), so there is one row per member-week.
-- results: item_id=credit entries joined by ';', in mail order (quiz items, then 错题回顾 items).
CREATE TABLE grades (group_name TEXT NOT NULL, week TEXT NOT NULL, member TEXT NOT NULL, reply_key TEXT NOT NULL,
  received_ms BIGINT NOT NULL, score REAL NOT NULL, max_score INTEGER NOT NULL, results TEXT NOT NULL,
  PRIMARY KEY (group_name, week, member));

-- A member who replied 退订 (unsubscribed_ms) or 不公开 (anonymous = 1 on the leaderboard).
CREATE TABLE member_flags (group_name TEXT NOT NULL, member TEXT NOT NULL, unsubscribed_ms BIGINT,
  anonymous INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (group_name, member));

-- The 错题回顾 items a member's mail for a week carried, recorded before the mail is sent; the first
-- run to record them wins, so every attempt and the grading of the reply see the same questions.
CREATE TABLE review_sends (group_name TEXT NOT NULL, week TEXT NOT NULL, member TEXT NOT NULL,
  item_ids TEXT NOT NULL, PRIMARY KEY (group_name, week, member));
