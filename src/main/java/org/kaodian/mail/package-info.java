/**
 * Weekly quiz e-mails to study groups: group files ({@code GroupConfig}), choosing the week's items
 * ({@code WeeklyItems}), composing ({@code QuizMessage}), SMTP ({@code Sender}) or .eml files
 * ({@code Outbox}), the claim → send → record loop ({@code WeeklyMailer}), and the way back: replies
 * read over IMAP ({@code ReplyCollector}, {@code ReplyText}), graded ({@code Grader}), reported in the
 * next mail ({@code Feedback}, {@code Leitner}) and in the grade book ({@code GradeBook}).
 */
package org.kaodian.mail;
