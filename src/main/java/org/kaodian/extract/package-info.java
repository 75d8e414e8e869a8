/**
 * Picks the statements a teacher would test: a visible chain of rejection rules and detectors,
 * then ranking and de-duplication. Entry point: {@link org.kaodian.extract.Extractor}.
 */
package org.kaodian.extract;
