/** Renders all user-visible wording from the Freemarker templates in {@code question-templates/}. */
package org.kaodian.render;
