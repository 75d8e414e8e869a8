/**
 * Import files for the apps students and study groups use (Anki, Quizlet, Kahoot, Moodle, 考试宝,
 * 学习通, Wayground, Blooket, Gimkit, Aiken): each a small profile over one shared {@link
 * org.kaodian.export.app.DeckRow} model.
 */
package org.kaodian.export.app;
