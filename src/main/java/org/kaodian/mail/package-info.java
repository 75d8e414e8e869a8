/**
 * Weekly quiz e-mails to study groups: group files ({@code GroupConfig}), choosing the week's items
 * ({@code WeeklyItems}), composing ({@code QuizMessage}), SMTP ({@code Sender}) or .eml files
 * ({@code Outbox}), and the claim → send → record loop ({@code WeeklyMailer}).
 */
package org.kaodian.mail;
