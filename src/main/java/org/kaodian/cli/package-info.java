/** The {@code kaodian} command line: one class per subcommand, nothing but argument parsing and printing. */
package org.kaodian.cli;
