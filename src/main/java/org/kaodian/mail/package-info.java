/** Weekly quiz e-mails to study groups: group files, MIME messages, SMTP sending with a send log. */
package org.kaodian.mail;
