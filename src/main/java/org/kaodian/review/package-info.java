/** The teacher's review loop: items out to an editable sheet, and the reviewed sheet back in as items. */
package org.kaodian.review;
