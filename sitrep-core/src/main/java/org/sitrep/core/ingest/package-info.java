/** Reads raw records from files, directories, globs and streams in every supported format. */
package org.sitrep.core.ingest;
