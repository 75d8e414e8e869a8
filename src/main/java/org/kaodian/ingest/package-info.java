/** Reads input files of every supported format into cleaned {@link org.kaodian.ingest.Document}s. */
package org.kaodian.ingest;
