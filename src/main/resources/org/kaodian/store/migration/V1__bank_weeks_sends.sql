-- The schema kaodian 0.1 created by hand (its schema_version 1); stores made by it are baselined at 1.
CREATE TABLE items (id TEXT PRIMARY KEY, type TEXT NOT NULL, score REAL NOT NULL, json TEXT NOT NULL,
  reviewed INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL);
CREATE TABLE weeks (group_name TEXT NOT NULL, week TEXT NOT NULL, item_ids TEXT NOT NULL, created_at TEXT NOT NULL,
  PRIMARY KEY (group_name, week));
CREATE TABLE sends (group_name TEXT NOT NULL, week TEXT NOT NULL, email TEXT NOT NULL, status TEXT NOT NULL,
  message_id TEXT, attempted_at TEXT NOT NULL, error TEXT, PRIMARY KEY (group_name, week, email));
