/** Finds exact, near and translated copies: one independent source, not five. */
package org.sitrep.core.dedup;
