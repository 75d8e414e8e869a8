/** The embedded store (SQLite by default): item bank, weekly quizzes and the send log. */
package org.kaodian.store;
