-- A member-week is claimed by one run before its message goes out. The primary key of sends
-- (group_name, week, email) is what makes a second claim fail; run_id says whose claim it is and
-- touched_ms (epoch milliseconds) when that run last showed it was alive.
ALTER TABLE sends ADD COLUMN run_id TEXT;
ALTER TABLE sends ADD COLUMN touched_ms BIGINT;

-- PENDING meant "about to send, maybe sent": nobody can tell any more whether it went out.
UPDATE sends SET status = 'UNCERTAIN',
  error = 'left PENDING by an older kaodian: it may have been delivered; not sent again'
  WHERE status = 'PENDING';

-- Members are now identified by their address ignoring case. A row is lowered only when that
-- does not collide with a case twin recorded by an older kaodian (both copies went out then).
UPDATE sends SET email = lower(email)
  WHERE email <> lower(email)
  AND NOT EXISTS (SELECT 1 FROM sends twin WHERE twin.group_name = sends.group_name
    AND twin.week = sends.week AND lower(twin.email) = lower(sends.email) AND twin.email <> sends.email);

-- The hand-made version table is replaced by Flyway's history.
DROP TABLE IF EXISTS schema_version;
