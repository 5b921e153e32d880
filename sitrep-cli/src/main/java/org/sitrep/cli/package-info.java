/** The sitrep command line; wires the embedded default. */
package org.sitrep.cli;
